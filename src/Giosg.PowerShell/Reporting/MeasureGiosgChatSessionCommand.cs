using System.Collections;
using System.Management.Automation;
using Giosg.Client.Reporting;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.Reporting;

/// <summary>
/// <para type="synopsis">Measures Giosg chat sessions through the Reporting API: counts, sums, averages and unique counts, grouped and bucketed.</para>
/// <para type="description">Sends one chat session query to the Reporting API (POST …/api/reporting/v1/orgs/&lt;org&gt;/chat_sessions at Connect-Giosg -ReportingBaseUri) and writes one object per datapoint of the answer. Each object has a property per field of the answer, in its order, named in PascalCase: StartTime (a DateTimeOffset, the bucket's start in -TimeZone), then the -GroupBy dimensions (ChatType, UserId, …), then the metrics (Count, VisitorMessageCountSum, UserMessageCountAvg, VisitorIdsHyperUnique). Sessions count by when they started, from -Start up to (not including) -End. Without an aggregation switch, -Count is implied. The query is checked against the API's tables before it is sent: unknown dimensions, an aggregation a dimension does not allow (such as -Sum chat_type) and an -End not after -Start are errors naming the values. -Verbose shows the JSON query sent.</para>
/// </summary>
[Cmdlet(VerbsDiagnostic.Measure, "GiosgChatSession")]
[OutputType(ChatSessionStatistic.TypeName)]
public sealed class MeasureGiosgChatSessionCommand : GiosgCmdlet
{
    /// <summary><para type="description">The first moment counted. Give an offset ('2026-05-01T00:00+03:00') or a DateTimeOffset: a date without one is read in this machine's local time.</para></summary>
    [Parameter(Mandatory = true)]
    public DateTimeOffset Start { get; set; }

    /// <summary><para type="description">The first moment no longer counted: a week is -Start monday -End the next monday. Must be after -Start.</para></summary>
    [Parameter(Mandatory = true)]
    public DateTimeOffset End { get; set; }

    /// <summary><para type="description">The time zone whose clock the buckets follow (days start at its midnight, across DST changes), as an IANA id (Europe/Helsinki) or a Windows id (FLE Standard Time); sent as the IANA id. UTC by default. Windows PowerShell 5.1 takes IANA ids only and cannot check them before sending.</para></summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? TimeZone { get; set; }

    /// <summary><para type="description">The buckets: all (default: one for the whole interval), hour, day, week (from Monday) or month.</para></summary>
    [Parameter]
    [ValidateSet("all", "hour", "day", "week", "month")]
    public string Granularity { get; set; } = "all";

    /// <summary><para type="description">Dimensions to group by, e.g. chat_type, chat_initiator, room_ids, user_id; one object per bucket and combination of values.</para></summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DimensionCompleter))]
    public string[] GroupBy { get; set; } = [];

    /// <summary><para type="description">Count the sessions (the Count property). Implied when no other aggregation is given.</para></summary>
    [Parameter]
    public SwitchParameter Count { get; set; }

    /// <summary><para type="description">Sum these: order_count, user_message_count, visitor_message_count, sales, subscription_sales (properties such as SalesSum).</para></summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DimensionCompleter))]
    public string[] Sum { get; set; } = [];

    /// <summary><para type="description">Average these: order_count, user_message_count, visitor_message_count, sales, subscription_sales (properties such as SalesAvg).</para></summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DimensionCompleter))]
    public string[] Average { get; set; } = [];

    /// <summary><para type="description">Count distinct values of these: chat_session_id, visitor_ids, visitor_session_ids (properties such as VisitorIdsHyperUnique). The API estimates them with HyperLogLog, within 2%.</para></summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DimensionCompleter))]
    public string[] UniqueCount { get; set; } = [];

    /// <summary><para type="description">Only sessions matching every entry: @{ chat_type = 'visitor'; chat_initiator = 'visitor', 'autosuggest' }. An array value matches any of its values; $null matches an empty dimension. Use -SessionScope, not a scope entry.</para></summary>
    [Parameter]
    [ArgumentCompleter(typeof(DimensionCompleter))]
    public Hashtable? Filter { get; set; }

    /// <summary><para type="description">Whose rows to count: org (default: one per session, for the owner organization), user (one per user who wrote in it) or team (one per team). Each query counts exactly one scope.</para></summary>
    [Parameter]
    [ValidateSet("org", "user", "team")]
    public string SessionScope { get; set; } = "org";

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var query = Prepare();
        var client = CreateClient();
        WriteVerbose($"Reporting query: {query.Json}");
        Run(query, () =>
        {
            var report = client.Reporting.MeasureChatSessionsAsync(query, StopToken).GetAwaiter().GetResult();
            foreach (var values in report.Datapoints)
            {
                Output.WriteObject(ChatSessionStatistic.From(report.Fields, values));
            }

            WriteVerbose($"The Reporting API answered {report.Datapoints.Count} datapoint(s).");
        });
    }

    private ChatSessionQuery Prepare()
    {
        try
        {
            return ReportingClient.Prepare(new ChatSessionStatisticsRequest
            {
                Start = Start,
                End = End,
                TimeZone = TimeZone,
                Granularity = Granularity,
                GroupBy = GroupBy,
                Count = Count,
                Sum = Sum,
                Average = Average,
                UniqueCount = UniqueCount,
                Filter = FilterTable.Read(Filter),
                SessionScope = SessionScope,
            });
        }
        catch (ReportingQueryException exception)
        {
            ThrowTerminatingError(new ErrorRecord(exception, "Giosg" + exception.Problem, ErrorCategory.InvalidArgument, exception.Value)
            {
                ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = exception.RecommendedAction },
            });
            throw;
        }
    }
}
