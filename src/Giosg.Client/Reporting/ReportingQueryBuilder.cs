using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Giosg.Client.Json;

namespace Giosg.Client.Reporting;

/// <summary>
/// Checks a <see cref="ChatSessionStatisticsRequest"/> against 002's tables and builds the query:
/// the interval in the time zone's offset, one aggregation per type asked for (count when none is),
/// and an AND of a scope selector with one selector (or an OR of selectors) per filter entry.
/// </summary>
internal static class ReportingQueryBuilder
{
    private const string Timestamp = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    /// <summary>
    /// The query's JSON contract, written without escaping '+' (as <c>\u002B</c>) in the offsets, so
    /// the body reads like 002's example in -Verbose; the JSON is equivalent either way.
    /// </summary>
    internal static readonly JsonTypeInfo<ReportingQuery> QueryJson =
        new GiosgJsonContext(new JsonSerializerOptions(GiosgJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, TypeInfoResolver = null })
            .ReportingQuery;

    /// <exception cref="ReportingQueryException">The request breaks one of 002's rules; nothing is sent.</exception>
    public static ChatSessionQuery Build(ChatSessionStatisticsRequest request)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(request, nameof(request));
        if (request.End <= request.Start)
        {
            throw Problem(ReportingQueryProblem.InvalidInterval, "End", request.End,
                $"The interval ends ({Format(request.End)}) before or when it starts ({Format(request.Start)}).",
                "Give an -End later than -Start; the interval counts sessions started from -Start up to, not including, -End.");
        }

        var granularity = request.Granularity ?? "all";
        if (!ReportingCatalog.TryGetGranularity(granularity, out granularity))
        {
            throw Problem(ReportingQueryProblem.UnknownGranularity, "Granularity", request.Granularity,
                $"The granularity '{request.Granularity}' is not one the Reporting API knows.",
                $"Use one of: {string.Join(", ", ReportingCatalog.Granularities)}.");
        }

        var scope = request.SessionScope ?? "org";
        if (!ReportingCatalog.TryGetScope(scope, out scope))
        {
            throw Problem(ReportingQueryProblem.UnknownScope, "SessionScope", request.SessionScope,
                $"The session scope '{request.SessionScope}' is not one the Reporting API knows.",
                $"Use one of: {string.Join(", ", ReportingCatalog.Scopes)}.");
        }

        var (timeZone, zone) = ReportingTimeZone.Resolve(request.TimeZone);
        var interval = new ReportingInterval(
            Format(InZone(request.Start, zone)),
            Format(InZone(request.End.AddTicks(-TimeSpan.TicksPerMillisecond), zone)),
            timeZone);

        var groupBy = request.GroupBy.Select(dimension => Dimension(dimension, "GroupBy")).Distinct(StringComparer.Ordinal).ToList();
        var body = new ReportingQuery(interval, granularity, groupBy, Aggregations(request), Filters(request.Filter, scope));
        return new ChatSessionQuery(body, JsonSerializer.Serialize(body, QueryJson));
    }

    private static List<ReportingAggregation> Aggregations(ChatSessionStatisticsRequest request)
    {
        var aggregations = new List<ReportingAggregation>();
        if (request.Count || request.Sum.Count + request.Average.Count + request.UniqueCount.Count == 0)
        {
            aggregations.Add(new ReportingAggregation(ReportingCatalog.Count, null));
        }

        Add(ReportingCatalog.Sum, request.Sum, "Sum");
        Add(ReportingCatalog.Average, request.Average, "Average");
        Add(ReportingCatalog.HyperUnique, request.UniqueCount, "UniqueCount");
        return aggregations;

        void Add(string type, IReadOnlyList<string> dimensions, string parameter)
        {
            if (dimensions.Count == 0)
            {
                return;
            }

            var fields = new List<string>();
            foreach (var name in dimensions)
            {
                var dimension = Dimension(name, parameter);
                if (!ReportingCatalog.IsAvailable(type, dimension))
                {
                    throw Problem(ReportingQueryProblem.AggregationNotAvailable, parameter, name,
                        $"The aggregation '{type}' (-{parameter}) is not available for the dimension '{dimension}'.",
                        $"-{parameter} takes only: {string.Join(", ", ReportingCatalog.DimensionsFor(type))}. To count sessions per '{dimension}', use -GroupBy {dimension} with -Count.");
                }

                if (!fields.Contains(dimension))
                {
                    fields.Add(dimension);
                }
            }

            aggregations.Add(new ReportingAggregation(type, fields));
        }
    }

    private static AndFilter Filters(IReadOnlyDictionary<string, IReadOnlyList<string?>> filter, string scope)
    {
        var fields = new List<ReportingFilter> { new SelectorFilter(ReportingCatalog.ScopeDimension, scope) };
        foreach (var entry in filter.OrderBy(entry => entry.Key, StringComparer.OrdinalIgnoreCase))
        {
            var dimension = Dimension(entry.Key, "Filter");
            if (dimension == ReportingCatalog.ScopeDimension)
            {
                throw Problem(ReportingQueryProblem.InvalidFilter, "Filter", entry.Key,
                    "The scope is chosen by -SessionScope, not by -Filter: each query counts the rows of exactly one scope.",
                    "Remove 'scope' from -Filter and use -SessionScope org, user or team.");
            }

            if (entry.Value.Count == 0)
            {
                throw Problem(ReportingQueryProblem.InvalidFilter, "Filter", entry.Key,
                    $"The filter on '{dimension}' has no values, so no session could match it.",
                    $"Give at least one value for '{dimension}', or leave it out of -Filter.");
            }

            fields.Add(entry.Value.Count == 1
                ? new SelectorFilter(dimension, entry.Value[0])
                : new OrFilter(entry.Value.Select(value => (ReportingFilter)new SelectorFilter(dimension, value)).ToList()));
        }

        return new AndFilter(fields);
    }

    private static string Dimension(string? name, string parameter) =>
        ReportingCatalog.TryGetDimension(name, out var dimension)
            ? dimension
            : throw Problem(ReportingQueryProblem.UnknownDimension, parameter, name,
                $"'{name}' (-{parameter}) is not a dimension of the Reporting API's chat sessions.",
                $"Use one of: {string.Join(", ", ReportingCatalog.Dimensions)}.");

    private static DateTimeOffset InZone(DateTimeOffset time, TimeZoneInfo? zone) => zone is null ? time : TimeZoneInfo.ConvertTime(time, zone);

    private static string Format(DateTimeOffset time) => time.ToString(Timestamp, CultureInfo.InvariantCulture);

    private static ReportingQueryException Problem(ReportingQueryProblem problem, string parameter, object? value, string message, string action) =>
        new(problem, message, parameter, value, action);
}
