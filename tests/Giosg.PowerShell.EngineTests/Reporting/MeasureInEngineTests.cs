using System.Management.Automation;
using Giosg.PowerShell.EngineTests.Infrastructure;

namespace Giosg.PowerShell.EngineTests.Reporting;

/// <summary>Measure-GiosgChatSession as the engine runs it: binding, typed objects, errors before sending, -Verbose.</summary>
public sealed class MeasureInEngineTests(PowerShellEngine engine) : IClassFixture<PowerShellEngine>
{
    // The fixture connects without -ReportingBaseUri; these tests point it at the simulator too.
    private const string Connect = "Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken $token -BaseUri $sim.BaseUri -ReportingBaseUri $sim.BaseUri\n";

    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    [Fact]
    public void Daily_counts_per_type_in_Helsinki_are_typed_objects_that_equal_the_seeded_chats()
    {
        var result = engine.Run(Connect + "Measure-GiosgChatSession -Start '2026-03-26T00:00+02:00' -End '2026-04-02T00:00+03:00' -TimeZone Europe/Helsinki -Granularity day -GroupBy chat_type");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var start = new DateTimeOffset(2026, 3, 26, 0, 0, 0, TimeSpan.FromHours(2));
        var end = new DateTimeOffset(2026, 4, 2, 0, 0, 0, TimeSpan.FromHours(3));
        var expected = engine.Simulator.Data.Chats
            .Where(chat => chat.CreatedAt >= start && chat.CreatedAt < end)
            .GroupBy(chat => (Day: TimeZoneInfo.ConvertTime(chat.CreatedAt, Helsinki).Date, chat.ChatType))
            .ToDictionary(group => (new DateTimeOffset(group.Key.Day, Helsinki.GetUtcOffset(group.Key.Day)), group.Key.ChatType), group => (long)group.Count());
        Assert.Equal(expected, result.Output.ToDictionary(o => ((DateTimeOffset)o.Properties["StartTime"].Value, (string)o.Properties["ChatType"].Value), o => (long)o.Properties["Count"].Value));
        Assert.All(result.Output, o => Assert.Equal("Giosg.ChatSessionStatistic", o.TypeNames[0]));
        Assert.All(result.Output, o => Assert.Equal(["StartTime", "ChatType", "Count"], o.Properties.Select(p => p.Name)));
    }

    [Fact]
    public void A_filter_table_ANDs_entries_and_ORs_array_values()
    {
        var room = engine.Simulator.Data.Chats.GroupBy(chat => chat.RoomId).MaxBy(group => group.Count())!.Key;

        var result = engine.Run(
            Connect + "Measure-GiosgChatSession -Start $sim.Clock.Now.AddDays(-90) -End $sim.Clock.Now -Filter @{ chat_type = 'visitor', 'operator'; room_ids = $room }",
            new Dictionary<string, object?> { ["room"] = room });

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var expected = engine.Simulator.Data.Chats.Count(chat =>
            chat.ChatType is "visitor" or "operator" && chat.RoomId == room && chat.CreatedAt >= PowerShellEngine.Now.AddDays(-90));
        Assert.True(expected > 0);
        Assert.Equal(expected, (long)Assert.Single(result.Output).Properties["Count"].Value);
    }

    [Theory]
    [InlineData("-Sum chat_type", "GiosgAggregationNotAvailable", "chat_type")]
    [InlineData("-GroupBy colour", "GiosgUnknownDimension", "colour")]
    [InlineData("-Filter @{ scope = 'user' }", "GiosgInvalidFilter", "scope")]
    [InlineData("-TimeZone Mars/Olympus", "GiosgUnknownTimeZone", "Mars/Olympus")]
    public void A_query_breaking_002s_rules_is_a_typed_error_and_nothing_is_sent(string parameters, string errorId, string target)
    {
        engine.Simulator.Requests.Clear();

        var result = engine.Run(Connect + "Measure-GiosgChatSession -Start '2026-05-01T00:00Z' -End '2026-05-02T00:00Z' " + parameters);

        var error = result.SingleError;
        Assert.False(result.Succeeded);
        Assert.Equal(errorId + ",Giosg.PowerShell.Reporting.MeasureGiosgChatSessionCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal(target, error.TargetObject);
        Assert.Contains(target, error.ErrorDetails.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.ErrorDetails.RecommendedAction));
        Assert.DoesNotContain(engine.Simulator.Requests.Snapshot(), request => request.Method == "POST");
    }

    [Fact]
    public void An_end_before_the_start_names_the_end()
    {
        var result = engine.Run(Connect + "Measure-GiosgChatSession -Start '2026-05-02T00:00Z' -End '2026-05-01T00:00Z'");

        Assert.Equal("GiosgInvalidInterval,Giosg.PowerShell.Reporting.MeasureGiosgChatSessionCommand", result.SingleError.FullyQualifiedErrorId);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), result.SingleError.TargetObject);
    }

    [Fact]
    public void Verbose_shows_the_JSON_query_and_never_the_token()
    {
        var result = engine.Run(Connect + "Measure-GiosgChatSession -Start '2026-05-01T00:00+03:00' -End '2026-06-01T00:00+03:00' -TimeZone Europe/Helsinki -UniqueCount visitor_ids -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message");

        var verbose = string.Join("\n", result.Objects);
        Assert.Contains("""{"interval":{"start":"2026-05-01T00:00:00.000+03:00","end":"2026-05-31T23:59:59.999+03:00","time_zone":"Europe/Helsinki"}""", verbose, StringComparison.Ordinal);
        Assert.Contains("""{"type":"hyperUnique","fields":["visitor_ids"]}""", verbose, StringComparison.Ordinal);
        Assert.DoesNotContain(engine.Simulator.Token, verbose, StringComparison.Ordinal);
    }

    [Fact]
    public void Dimensions_complete_per_parameter()
    {
        var result = engine.Run("(TabExpansion2 -inputScript 'Measure-GiosgChatSession -Sum ' -cursorColumn 30).CompletionMatches.ListItemText");

        Assert.Equal(["order_count", "user_message_count", "visitor_message_count", "sales", "subscription_sales"], result.Objects.Cast<string>());
    }
}
