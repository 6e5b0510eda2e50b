namespace Giosg.Client.Reporting;

/// <summary>
/// What the Reporting API's chat session endpoint knows (002): its dimensions, which aggregation
/// may be applied to which dimension, its granularities and its scopes. Queries are checked
/// against these tables before they are sent, so a mistake is named before a round trip.
/// </summary>
public static class ReportingCatalog
{
    /// <summary>Counts the included rows; takes no dimension.</summary>
    public const string Count = "count";

    /// <summary>Sums a numeric dimension.</summary>
    public const string Sum = "sum";

    /// <summary>Averages a numeric dimension.</summary>
    public const string Average = "avg";

    /// <summary>Counts the distinct values of an id dimension (HyperLogLog: up to 2% off).</summary>
    public const string HyperUnique = "hyperUnique";

    /// <summary>The dimension that tells whose row it is: <c>org</c>, <c>user</c> or <c>team</c>.</summary>
    public const string ScopeDimension = "scope";

    /// <summary>The numeric dimensions: what <c>sum</c> and <c>avg</c> accept.</summary>
    public static readonly IReadOnlyList<string> NumericDimensions =
        ["order_count", "user_message_count", "visitor_message_count", "sales", "subscription_sales"];

    /// <summary>The id dimensions: what <c>hyperUnique</c> accepts.</summary>
    public static readonly IReadOnlyList<string> UniqueDimensions = ["chat_session_id", "visitor_ids", "visitor_session_ids"];

    /// <summary>Every dimension 002 lists, alphabetically as it does.</summary>
    public static readonly IReadOnlyList<string> Dimensions =
    [
        "chat_initiator", "chat_session_id", "chat_type", "chatted_organization_ids", "order_count",
        "owner_organization_id", "room_ids", "sales", "scope", "subscription_sales", "team_id", "user_id",
        "user_message_count", "user_organization_id", "visitor_ids", "visitor_message_count", "visitor_session_ids",
    ];

    /// <summary>Time buckets: one for the whole interval, or one per hour, day, week (from Monday) or month.</summary>
    public static readonly IReadOnlyList<string> Granularities = ["all", "hour", "day", "week", "month"];

    /// <summary>Whose rows a query counts: the owner organization's, each chatting user's or each chatting team's.</summary>
    public static readonly IReadOnlyList<string> Scopes = ["org", "user", "team"];

    /// <summary>Whether 002 lists <paramref name="dimension"/>, in any letter case; <paramref name="canonical"/> is its name as 002 writes it.</summary>
    public static bool TryGetDimension(string? dimension, out string canonical) => TryFind(Dimensions, dimension, out canonical);

    /// <summary>Whether <paramref name="granularity"/> is one of <see cref="Granularities"/>, in any letter case.</summary>
    public static bool TryGetGranularity(string? granularity, out string canonical) => TryFind(Granularities, granularity, out canonical);

    /// <summary>Whether <paramref name="scope"/> is one of <see cref="Scopes"/>, in any letter case.</summary>
    public static bool TryGetScope(string? scope, out string canonical) => TryFind(Scopes, scope, out canonical);

    /// <summary>The dimensions <paramref name="aggregation"/> may be applied to; empty for <c>count</c> and for unknown types.</summary>
    public static IReadOnlyList<string> DimensionsFor(string aggregation) => aggregation switch
    {
        Sum or Average => NumericDimensions,
        HyperUnique => UniqueDimensions,
        _ => [],
    };

    /// <summary>Whether 002 allows <paramref name="aggregation"/> on <paramref name="dimension"/>.</summary>
    public static bool IsAvailable(string aggregation, string dimension) => TryFind(DimensionsFor(aggregation), dimension, out _);

    /// <summary>The result field the API names for an aggregation of a dimension, e.g. <c>visitor_ids_hyper_unique</c>.</summary>
    public static string MetricName(string aggregation, string? dimension) => aggregation switch
    {
        Count => "count",
        HyperUnique => dimension + "_hyper_unique",
        _ => dimension + "_" + aggregation,
    };

    private static bool TryFind(IReadOnlyList<string> names, string? name, out string canonical)
    {
        foreach (var candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            {
                canonical = candidate;
                return true;
            }
        }

        canonical = string.Empty;
        return false;
    }
}
