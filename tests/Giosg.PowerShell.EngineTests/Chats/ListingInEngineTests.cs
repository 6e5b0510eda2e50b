using Giosg.PowerShell.EngineTests.Infrastructure;

namespace Giosg.PowerShell.EngineTests.Chats;

/// <summary>Get-GiosgChat as the engine runs it: import, binding, streaming and a downstream stop.</summary>
public sealed class ListingInEngineTests(PowerShellEngine engine) : IClassFixture<PowerShellEngine>
{
    [Fact]
    public void The_module_is_imported_from_its_built_folder()
    {
        var result = engine.Run("(Get-Command Get-GiosgChat).DLL");

        Assert.True(result.Succeeded);
        Assert.StartsWith(Path.GetDirectoryName(ModuleFiles.Manifest)!, (string)Assert.Single(result.Objects));
    }

    [Fact]
    public void Select_Object_First_stops_the_listing_after_the_prefetched_page()
    {
        engine.Simulator.Requests.Clear();

        var result = engine.Run("Get-GiosgChat | Select-Object -First 3");
        var returned = DateTimeOffset.UtcNow;

        Assert.True(result.Succeeded);
        Assert.Equal(3, result.Output.Count);
        // The page that held the three chats, and at most the one prefetched behind it.
        Assert.InRange(engine.Simulator.Requests.Snapshot().Count(r => r.Path.EndsWith("/owned_chats", StringComparison.Ordinal)), 1, 2);
        engine.AssertNoRequestStartedAfter(returned);
    }

    [Fact]
    public void A_listing_streams_every_chat_of_the_organization_once()
    {
        var result = engine.Run("Get-GiosgChat -Scope Owned | ForEach-Object Id");

        var expected = engine.Simulator.Data.OwnedChats.Select(c => c.Id).Order();
        Assert.Equal(expected, result.Objects.Cast<Guid>().Order());
    }
}
