using Giosg.Client.Errors;
using Giosg.Client.Reporting;
using Giosg.Client.Tests.Infrastructure;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Reporting;

/// <summary>
/// Chat session statistics through the client against the simulator's reporting endpoint; every
/// expected number is counted here from <see cref="SimulatorData.Chats"/>, not taken from the endpoint.
/// </summary>
[Collection(SimulatorGroup.Name)]
public sealed class ChatSessionStatisticsTests(SimulatorFixture fixture)
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    private GiosgSimulator Sim => fixture.Simulator;

    private IEnumerable<SimChat> Between(DateTimeOffset start, DateTimeOffset end) =>
        Sim.Data.Chats.Where(chat => chat.CreatedAt >= start && chat.CreatedAt < end);

    [Fact]
    public async Task Grouped_counts_equal_the_chats_per_type()
    {
        var (start, end) = (SimulatorFixture.Now.AddDays(-60), SimulatorFixture.Now);

        var report = await MeasureAsync(new ChatSessionStatisticsRequest { Start = start, End = end, GroupBy = ["chat_type"] });

        Assert.Equal(["start_time", "chat_type", "count"], report.Fields.Select(field => field.Name));
        Assert.Equal(["StartTime", "ChatType", "Count"], report.Fields.Select(field => field.PropertyName));
        var expected = Between(start, end).GroupBy(chat => chat.ChatType).ToDictionary(group => group.Key, group => (long)group.Count());
        Assert.Equal(expected, report.Datapoints.ToDictionary(point => (string)point[1]!, point => (long)point[2]!));
        Assert.True(expected.Count > 1, "the seed should hold several chat types");
        Assert.All(report.Datapoints, point => Assert.Equal(start, (DateTimeOffset)point[0]!));
    }

    [Fact]
    public async Task Daily_buckets_follow_Helsinki_clock_across_the_spring_DST_change()
    {
        // 29 March 2026, the last Sunday of March: Helsinki moves from +02:00 to +03:00 and that day has 23 hours.
        var start = new DateTimeOffset(2026, 3, 27, 0, 0, 0, TimeSpan.FromHours(2));
        var end = new DateTimeOffset(2026, 4, 2, 0, 0, 0, TimeSpan.FromHours(3));

        var report = await MeasureAsync(new ChatSessionStatisticsRequest { Start = start, End = end, TimeZone = "Europe/Helsinki", Granularity = "day" });

        var expected = Between(start, end)
            .GroupBy(chat => TimeZoneInfo.ConvertTime(chat.CreatedAt, Helsinki).Date)
            .ToDictionary(group => new DateTimeOffset(group.Key, Helsinki.GetUtcOffset(group.Key)), group => (long)group.Count());
        var actual = report.Datapoints.ToDictionary(point => (DateTimeOffset)point[0]!, point => (long)point[1]!);
        Assert.Equal(expected, actual);
        Assert.Contains(new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.FromHours(2)), actual.Keys);
        Assert.Contains(new DateTimeOffset(2026, 3, 30, 0, 0, 0, TimeSpan.FromHours(3)), actual.Keys);
        Assert.Equal([TimeSpan.FromHours(2), TimeSpan.FromHours(3)], actual.Keys.Select(key => key.Offset).Distinct().Order());
    }

    [Fact]
    public async Task Weekly_buckets_start_on_Monday_midnight_in_the_time_zone()
    {
        var (start, end) = (new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2026, 5, 4, 0, 0, 0, TimeSpan.FromHours(3)));

        var report = await MeasureAsync(new ChatSessionStatisticsRequest { Start = start, End = end, TimeZone = "Europe/Helsinki", Granularity = "week" });

        var expected = Between(start, end)
            .GroupBy(chat =>
            {
                var day = TimeZoneInfo.ConvertTime(chat.CreatedAt, Helsinki).Date;
                return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
            })
            .ToDictionary(group => new DateTimeOffset(group.Key, Helsinki.GetUtcOffset(group.Key)), group => (long)group.Count());
        Assert.Equal(expected, report.Datapoints.ToDictionary(point => (DateTimeOffset)point[0]!, point => (long)point[1]!));
        Assert.All(report.Datapoints, point => Assert.Equal(DayOfWeek.Monday, ((DateTimeOffset)point[0]!).DayOfWeek));
    }

    [Fact]
    public async Task Filters_AND_their_entries_and_OR_the_values_of_one_entry()
    {
        var (start, end) = (SimulatorFixture.Now.AddDays(-90), SimulatorFixture.Now);
        var room = Sim.Data.Chats.GroupBy(chat => chat.RoomId).MaxBy(group => group.Count())!.Key;
        var filter = new Dictionary<string, IReadOnlyList<string?>>
        {
            ["chat_type"] = ["visitor", "operator"],
            ["room_ids"] = [room.ToString()],
        };

        var report = await MeasureAsync(new ChatSessionStatisticsRequest { Start = start, End = end, Filter = filter });

        var expected = Between(start, end).Count(chat => chat.RoomId == room && chat.ChatType is "visitor" or "operator");
        Assert.True(expected > 0);
        Assert.Equal(expected, (long)Assert.Single(report.Datapoints)[1]!);
    }

    [Fact]
    public async Task Unique_visitors_sums_and_averages_equal_the_chats()
    {
        var (start, end) = (new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(3)), new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.FromHours(3)));

        var report = await MeasureAsync(new ChatSessionStatisticsRequest
        {
            Start = start,
            End = end,
            TimeZone = "Europe/Helsinki",
            Count = true,
            UniqueCount = ["visitor_ids"],
            Sum = ["visitor_message_count"],
            Average = ["user_message_count"],
        });

        Assert.Equal(["start_time", "count", "visitor_message_count_sum", "user_message_count_avg", "visitor_ids_hyper_unique"], report.Fields.Select(field => field.Name));
        var chats = Between(start, end).ToList();
        var point = Assert.Single(report.Datapoints);
        Assert.Equal(chats.Count, (long)point[1]!);
        Assert.Equal(chats.Sum(chat => chat.VisitorMessageCount), (double)point[2]!);
        Assert.Equal(chats.Average(chat => chat.UserMessageCount), (double)point[3]!, 9);
        Assert.Equal(chats.Where(chat => chat.VisitorId is not null).Select(chat => chat.VisitorId).Distinct().Count(), (double)point[4]!);
        Assert.True((double)point[4]! < chats.Count, "returning visitors make unique visitors fewer than chats");
    }

    [Fact]
    public async Task User_scope_counts_a_row_per_user_who_wrote_and_splits_the_chats_user_messages()
    {
        var (start, end) = (SimulatorFixture.Now.AddDays(-90), SimulatorFixture.Now);

        var report = await MeasureAsync(new ChatSessionStatisticsRequest { Start = start, End = end, SessionScope = "user", GroupBy = ["user_id"], Sum = ["user_message_count"] });

        var chats = Between(start, end).Where(chat => chat.UserMembers.Count > 0).ToList();
        Assert.Equal(chats.Sum(chat => chat.UserMessageCount), report.Datapoints.Sum(point => (double)point[2]!));
        var members = chats.SelectMany(chat => chat.UserMembers).Select(user => user.Id.ToString()).ToHashSet();
        Assert.All(report.Datapoints, point => Assert.Contains((string)point[1]!, members));
    }

    [Fact]
    public async Task An_empty_interval_without_groups_still_answers_one_zero()
    {
        var start = SimulatorFixture.Now.AddYears(-5);

        var report = await MeasureAsync(new ChatSessionStatisticsRequest { Start = start, End = start.AddDays(1) });

        Assert.Equal(0L, Assert.Single(report.Datapoints)[1]);
    }

    [Fact]
    public void The_query_has_002s_shape()
    {
        var query = ReportingClient.Prepare(new ChatSessionStatisticsRequest
        {
            Start = new DateTimeOffset(2018, 12, 31, 22, 0, 0, TimeSpan.Zero),
            End = new DateTimeOffset(2019, 1, 2, 0, 0, 0, TimeSpan.FromHours(2)),
            TimeZone = "Europe/Helsinki",
            UniqueCount = ["visitor_ids"],
            Filter = new Dictionary<string, IReadOnlyList<string?>> { ["chat_type"] = ["visitor"], ["team_id"] = [null], ["chat_initiator"] = ["visitor", "rule"] },
        });

        Assert.Equal(
            """{"interval":{"start":"2019-01-01T00:00:00.000+02:00","end":"2019-01-01T23:59:59.999+02:00","time_zone":"Europe/Helsinki"},"granularity":"all","group_by":[],"aggregations":[{"type":"hyperUnique","fields":["visitor_ids"]}],"filters":{"type":"and","fields":[{"type":"selector","dimension":"scope","value":"org"},{"type":"or","fields":[{"type":"selector","dimension":"chat_initiator","value":"visitor"},{"type":"selector","dimension":"chat_initiator","value":"rule"}]},{"type":"selector","dimension":"chat_type","value":"visitor"},{"type":"selector","dimension":"team_id","value":null}]}}""",
            query.Json);
    }

    [Fact]
    public void A_Windows_time_zone_id_is_sent_as_an_IANA_id_with_the_same_clock()
    {
        var query = ReportingClient.Prepare(new ChatSessionStatisticsRequest
        {
            Start = new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.FromHours(3)),
            End = new DateTimeOffset(2026, 7, 2, 0, 0, 0, TimeSpan.FromHours(3)),
            TimeZone = "FLE Standard Time",
        });

        Assert.Contains("/", query.TimeZone, StringComparison.Ordinal);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(query.TimeZone);
        Assert.All(new[] { new DateTime(2026, 1, 15), new DateTime(2026, 7, 15) }, day => Assert.Equal(Helsinki.GetUtcOffset(day), zone.GetUtcOffset(day)));
        Assert.Contains("\"start\":\"2026-07-01T00:00:00.000+03:00\"", query.Json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("start_time", "StartTime")]
    [InlineData("visitor_ids_hyper_unique", "VisitorIdsHyperUnique")]
    [InlineData("count", "Count")]
    [InlineData("sales_avg", "SalesAvg")]
    public void Field_names_become_PascalCase_properties(string field, string property) =>
        Assert.Equal(property, ReportingResponseReader.PascalCase(field));

    [Theory]
    [InlineData(ReportingQueryProblem.AggregationNotAvailable, "Sum", "chat_type")]
    [InlineData(ReportingQueryProblem.AggregationNotAvailable, "UniqueCount", "sales")]
    [InlineData(ReportingQueryProblem.UnknownDimension, "GroupBy", "chat_colour")]
    [InlineData(ReportingQueryProblem.UnknownDimension, "Filter", "colour")]
    [InlineData(ReportingQueryProblem.InvalidFilter, "Filter", "scope")]
    [InlineData(ReportingQueryProblem.UnknownTimeZone, "TimeZone", "Mars/Olympus_Mons")]
    [InlineData(ReportingQueryProblem.UnknownGranularity, "Granularity", "fortnight")]
    [InlineData(ReportingQueryProblem.UnknownScope, "SessionScope", "room")]
    public void A_query_breaking_002s_rules_is_refused_before_sending_naming_the_value(ReportingQueryProblem problem, string parameter, string value)
    {
        var start = SimulatorFixture.Now.AddDays(-7);
        var request = parameter switch
        {
            "Sum" => new ChatSessionStatisticsRequest { Sum = [value] },
            "UniqueCount" => new ChatSessionStatisticsRequest { UniqueCount = [value] },
            "GroupBy" => new ChatSessionStatisticsRequest { GroupBy = [value] },
            "Filter" => new ChatSessionStatisticsRequest { Filter = new Dictionary<string, IReadOnlyList<string?>> { [value] = ["x"] } },
            "TimeZone" => new ChatSessionStatisticsRequest { TimeZone = value },
            "Granularity" => new ChatSessionStatisticsRequest { Granularity = value },
            _ => new ChatSessionStatisticsRequest { SessionScope = value },
        };

        var error = Assert.Throws<ReportingQueryException>(() => ReportingClient.Prepare(Interval(request, start, SimulatorFixture.Now)));

        Assert.Equal((problem, parameter, value), (error.Problem, error.ParamName, (string?)error.Value));
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter '", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.RecommendedAction));
    }

    [Fact]
    public void A_sum_of_chat_type_names_both()
    {
        var error = Assert.Throws<ReportingQueryException>(() => ReportingClient.Prepare(new ChatSessionStatisticsRequest
        {
            Start = SimulatorFixture.Now.AddDays(-1),
            End = SimulatorFixture.Now,
            Sum = ["chat_type"],
        }));

        Assert.Contains("'sum'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'chat_type'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_end_not_after_the_start_is_refused()
    {
        var error = Assert.Throws<ReportingQueryException>(() => ReportingClient.Prepare(new ChatSessionStatisticsRequest { Start = SimulatorFixture.Now, End = SimulatorFixture.Now }));

        Assert.Equal((ReportingQueryProblem.InvalidInterval, "End"), (error.Problem, error.ParamName));
    }

    [Fact]
    public async Task A_query_the_API_refuses_fails_with_the_APIs_reason()
    {
        // Past the client's checks on purpose: what the simulator (like the API) answers to sum of chat_type.
        var body = new ReportingQuery(
            new ReportingInterval("2026-05-01T00:00:00.000+00:00", "2026-05-31T23:59:59.999+00:00", "UTC"),
            "all",
            [],
            [new ReportingAggregation("sum", ["chat_type"])],
            new AndFilter([new SelectorFilter("scope", "org")]));
        using var connection = fixture.Connect();

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => new GiosgClient(connection).Reporting.MeasureChatSessionsAsync(new ChatSessionQuery(body, string.Empty)));

        Assert.Equal(GiosgErrorKind.BadRequest, error.Kind);
        Assert.Contains("'sum' is not available for the dimension 'chat_type'", error.Message, StringComparison.Ordinal);
    }

    private static ChatSessionStatisticsRequest Interval(ChatSessionStatisticsRequest request, DateTimeOffset start, DateTimeOffset end) =>
        new()
        {
            Start = start,
            End = end,
            TimeZone = request.TimeZone,
            Granularity = request.Granularity,
            GroupBy = request.GroupBy,
            Sum = request.Sum,
            UniqueCount = request.UniqueCount,
            Filter = request.Filter,
            SessionScope = request.SessionScope,
        };

    private async Task<ChatSessionReport> MeasureAsync(ChatSessionStatisticsRequest request)
    {
        using var connection = fixture.Connect();
        var client = new GiosgClient(connection);
        return await client.Reporting.MeasureChatSessionsAsync(ReportingClient.Prepare(request));
    }
}
