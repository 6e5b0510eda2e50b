using System.Management.Automation;
using Giosg.PowerShell.EngineTests.Infrastructure;
using Giosg.Simulator;
using Giosg.Simulator.Paging;

namespace Giosg.PowerShell.EngineTests.Housekeeping;

/// <summary>An organization of its own for sweeps: they end chats.</summary>
public sealed class SweepEngine : PowerShellEngine
{
    protected override SimulatorOptions Options => new() { Chats = 3000, Seed = 12, Now = Now, PageSize = 100 };
}

/// <summary>Close-GiosgStaleChat and Stop-GiosgChat as the engine runs them: binding, a downstream stop, 400 on an ended chat.</summary>
public sealed class SweepInEngineTests(SweepEngine engine) : IClassFixture<SweepEngine>
{
    // Sixty days on, every open chat is stale: each stop test has plenty to end.
    private static readonly string AsOf = PowerShellEngine.Now.AddDays(60).ToString("o");

    private int EndRequests => engine.Simulator.Requests.Snapshot().Count(request => request.Method == "PATCH");

    [Theory]
    [InlineData(CursorMode.Keys)]
    [InlineData(CursorMode.Offsets)]
    public void Select_Object_First_1_stops_the_sweep_and_every_end_request_sent_is_reported(CursorMode cursors)
    {
        engine.Simulator.Listing.Cursors = cursors;
        engine.Simulator.Requests.Clear();
        var endedBefore = engine.Simulator.Data.OwnedChats.Count(chat => chat.IsEnded);
        var (shell, running) = engine.Start($"Close-GiosgStaleChat -IdleFor 7.00:00:00 -ChatType * -AsOf '{AsOf}' -Force -ThrottleLimit 8 -Verbose | Select-Object -First 1");
        using (shell)
        {
            var output = shell.EndInvoke(running);
            var returnedAt = DateTimeOffset.UtcNow;

            // Nothing runs after the command returned: once the server has finished what it was serving,
            // no request started later.
            engine.AssertNoRequestStartedAfter(returnedAt);
            var sent = EndRequests;
            Assert.Equal(sent, engine.Simulator.Data.OwnedChats.Count(chat => chat.IsEnded) - endedBefore);

            // End requests sent = chats reported ended on the pipeline (the one Select-Object took)
            // + chats whose endings were already sent when it stopped, each reported on the verbose stream.
            var first = Assert.Single(output);
            Assert.Equal("Ended", first.Properties["Outcome"].Value.ToString());
            var finishedAfterStop = shell.Streams.Verbose.Count(record => record.Message.StartsWith("Finished after the stop:", StringComparison.Ordinal) && record.Message.Contains(" Ended:", StringComparison.Ordinal));
            Assert.Equal(sent, 1 + finishedAfterStop);
            Assert.InRange(sent, 1, 8);
            Assert.Contains(shell.Streams.Verbose, record => record.Message.Contains("(stopped early)", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("7")]
    [InlineData("7 -WhatIf")]
    [InlineData("([int]7)")]
    [InlineData("7.5")]
    public void A_bare_number_for_IdleFor_is_refused_even_with_Force(string idleFor)
    {
        engine.Simulator.Requests.Clear();

        var result = engine.Run($"Close-GiosgStaleChat -IdleFor {idleFor} -Force");

        Assert.False(result.Succeeded);
        var error = result.SingleError;
        Assert.Equal("ParameterArgumentTransformationError,Giosg.PowerShell.Housekeeping.CloseGiosgStaleChatCommand", error.FullyQualifiedErrorId);
        Assert.Contains("ticks", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("days", error.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(engine.Simulator.Requests.Snapshot());
    }

    [Fact]
    public void Seven_days_as_text_is_seven_days_and_ends_nothing_idle_for_less()
    {
        engine.Simulator.Requests.Clear();

        var result = engine.Run($"Close-GiosgStaleChat -IdleFor '7' -AsOf '{PowerShellEngine.Now:o}' -WhatIf -MaxCount 50");

        Assert.True(result.Succeeded);
        Assert.NotEmpty(result.Output);
        Assert.All(result.Output, item => Assert.True((TimeSpan)item.Properties["IdleTime"].Value > TimeSpan.FromDays(7)));
    }

    [Fact]
    public void An_IdleFor_under_an_hour_needs_AllowShortIdle_not_Force()
    {
        var refused = engine.Run("Close-GiosgStaleChat -IdleFor 00:10:00 -Force");

        Assert.Equal("GiosgIdleForTooShort,Giosg.PowerShell.Housekeeping.CloseGiosgStaleChatCommand", refused.SingleError.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, refused.SingleError.CategoryInfo.Category);
        Assert.False(string.IsNullOrEmpty(refused.SingleError.ErrorDetails.RecommendedAction));
    }

    [Fact]
    public void Stop_GiosgChat_reports_a_chat_the_API_says_has_already_ended_without_an_error()
    {
        var chat = engine.Simulator.Data.OwnedChats.Last(chat => !chat.IsEnded && chat.ChatType == "external");
        var listed = engine.Run("Get-GiosgChat -Id $id", new Dictionary<string, object?> { ["id"] = chat.Id });
        engine.Simulator.Data.EndChat(chat.Id);
        engine.Simulator.Listing.RefuseRepeatedEnd = true;
        try
        {
            var result = engine.Run("$listed | Stop-GiosgChat -Force -PassThru", new Dictionary<string, object?> { ["listed"] = listed.Output[0] });

            Assert.True(result.Succeeded);
            Assert.Empty(result.Errors);
            Assert.Equal(true, Assert.Single(result.Output).Properties["IsEnded"].Value);
            Assert.Contains(engine.Simulator.Requests.Snapshot(), request => request.Method == "PATCH" && request.StatusCode == 400);
        }
        finally
        {
            engine.Simulator.Listing.RefuseRepeatedEnd = false;
        }
    }
}
