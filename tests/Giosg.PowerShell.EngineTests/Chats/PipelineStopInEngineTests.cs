using Giosg.PowerShell.EngineTests.Infrastructure;

namespace Giosg.PowerShell.EngineTests.Chats;

/// <summary>A downstream Select-Object -First stops every streaming cmdlet and leaves nothing running.</summary>
public sealed class PipelineStopInEngineTests(PowerShellEngine engine) : IClassFixture<PowerShellEngine>
{
    [Theory]
    [InlineData("Get-GiosgChat -Status Ended", "/owned_chats")]
    [InlineData("Get-GiosgChat -Scope Routed", "/routed_chats")]
    [InlineData("Get-GiosgChat -First 1 -Status Ended | Get-GiosgChatMessage", "/messages")]
    public void Select_Object_First_1_stops_the_listing_and_no_request_outlives_the_command(string listing, string path)
    {
        engine.Simulator.Requests.Clear();

        var result = engine.Run($"{listing} | Select-Object -First 1");
        var returned = DateTimeOffset.UtcNow;

        Assert.True(result.Succeeded);
        Assert.Single(result.Output);
        // The page that held the first item and at most the one prefetched behind it.
        Assert.InRange(engine.Simulator.Requests.Snapshot().Count(r => r.Path.EndsWith(path, StringComparison.Ordinal)), 1, 2);
        engine.AssertNoRequestStartedAfter(returned);
    }

    [Fact]
    public void Stopping_the_pipeline_from_the_host_ends_a_long_listing_at_once()
    {
        engine.Simulator.Requests.Clear();
        using var reached = new ManualResetEventSlim();
        using var never = new ManualResetEventSlim();
        engine.Run("$null", new Dictionary<string, object?> { ["reached"] = reached, ["never"] = never });
        // The consumer takes the first chat, then waits in short slices a stop can break into.
        var (shell, running) = engine.Start("Get-GiosgChat -Scope Owned | ForEach-Object { $null = $reached.Set(); while (-not $never.Wait(10)) { } }");
        using (shell)
        {
            Assert.True(reached.Wait(TimeSpan.FromMinutes(1)), "the first chat never reached the consumer");
            shell.Stop();
            Assert.True(running.IsCompleted);
        }

        var returned = DateTimeOffset.UtcNow;

        // The first page and at most the one prefetched behind it, of the eight the organization has.
        Assert.InRange(engine.Simulator.Requests.Snapshot().Count(r => r.Path.EndsWith("/owned_chats", StringComparison.Ordinal)), 1, 2);
        engine.AssertNoRequestStartedAfter(returned);
    }
}
