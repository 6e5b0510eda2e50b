using System.Text.Json;

namespace Giosg.Simulator.Reporting;

/// <summary>
/// A chat session query (002) read from its JSON and checked: known dimensions, aggregations only
/// where 002 allows them, a known granularity and time zone, an interval that does not run backwards.
/// Each broken rule is a <see cref="SessionQueryException"/> naming the attribute and the reason.
/// </summary>
internal sealed record SessionQuery(
    DateTimeOffset Start,
    DateTimeOffset End,
    TimeZoneInfo Zone,
    string Granularity,
    string[] GroupBy,
    (string Type, string? Field)[] Metrics,
    Func<SessionRow, bool> Filter)
{
    private static readonly string[] Numeric = ["order_count", "user_message_count", "visitor_message_count", "sales", "subscription_sales"];
    private static readonly string[] Ids = ["chat_session_id", "visitor_ids", "visitor_session_ids"];
    private static readonly string[] Dimensions =
    [
        "chat_initiator", "chat_session_id", "chat_type", "chatted_organization_ids", "order_count", "owner_organization_id", "room_ids",
        "sales", "scope", "subscription_sales", "team_id", "user_id", "user_message_count", "user_organization_id", "visitor_ids",
        "visitor_message_count", "visitor_session_ids",
    ];

    private static readonly string[] Granularities = ["all", "hour", "day", "week", "month"];

    public static SessionQuery Read(JsonElement root)
    {
        Require(root.ValueKind == JsonValueKind.Object, "non_field_errors", "The query must be a JSON object.");
        var interval = Property(root, "interval", JsonValueKind.Object, required: true)!.Value;
        var start = Time(interval, "start");
        var end = Time(interval, "end");
        Require(end >= start, "interval", $"The interval ends ({end:O}) before it starts ({start:O}).");
        var zoneId = Property(interval, "time_zone", JsonValueKind.String, required: false)?.GetString() ?? "UTC";
        Require(TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone), "interval", $"Unknown time zone '{zoneId}'.");

        var granularity = Property(root, "granularity", JsonValueKind.String, required: false)?.GetString() ?? "all";
        Require(Granularities.Contains(granularity), "granularity", $"Unknown granularity '{granularity}'; use one of {string.Join(", ", Granularities)}.");

        var groupBy = Property(root, "group_by", JsonValueKind.Array, required: false)?.EnumerateArray().Select(item => Dimension(item, "group_by")).ToArray() ?? [];
        var aggregations = Property(root, "aggregations", JsonValueKind.Array, required: true)!.Value;
        var metrics = aggregations.EnumerateArray().SelectMany(MetricsOf).ToArray();
        Require(metrics.Length > 0, "aggregations", "At least one aggregation is required.");
        var filters = Property(root, "filters", JsonValueKind.Object, required: false);
        return new SessionQuery(start, end, zone!, granularity, groupBy, metrics, filters is { } filter ? Predicate(filter) : _ => true);
    }

    /// <summary>The result field's name, as 002's example names <c>visitor_ids_hyper_unique</c>.</summary>
    public static string MetricName((string Type, string? Field) metric) => metric.Type switch
    {
        "count" => "count",
        "hyperUnique" => metric.Field + "_hyper_unique",
        _ => metric.Field + "_" + metric.Type,
    };

    private static IEnumerable<(string, string?)> MetricsOf(JsonElement aggregation)
    {
        Require(aggregation.ValueKind == JsonValueKind.Object, "aggregations", "Each aggregation must be an object.");
        var type = Property(aggregation, "type", JsonValueKind.String, required: true)!.Value.GetString()!;
        var fields = Property(aggregation, "fields", JsonValueKind.Array, required: false)?.EnumerateArray().Select(item => Dimension(item, "aggregations")).ToArray() ?? [];
        var allowed = type switch
        {
            "count" => [],
            "sum" or "avg" => Numeric,
            "hyperUnique" => Ids,
            _ => throw new SessionQueryException("aggregations", $"Unknown aggregation type '{type}'; use count, sum, avg or hyperUnique."),
        };

        if (type == "count")
        {
            return [("count", null)];
        }

        Require(fields.Length > 0, "aggregations", $"The aggregation '{type}' needs fields.");
        var unavailable = fields.FirstOrDefault(field => !allowed.Contains(field));
        Require(unavailable is null, "aggregations", $"The aggregation '{type}' is not available for the dimension '{unavailable}'; it is for {string.Join(", ", allowed)}.");
        return fields.Select(field => (type, (string?)field));
    }

    private static Func<SessionRow, bool> Predicate(JsonElement filter)
    {
        var type = Property(filter, "type", JsonValueKind.String, required: true)!.Value.GetString();
        switch (type)
        {
            case "selector":
                var dimension = Dimension(Property(filter, "dimension", JsonValueKind.String, required: true)!.Value, "filters");
                var value = filter.TryGetProperty("value", out var given) && given.ValueKind != JsonValueKind.Null
                    ? given.ValueKind == JsonValueKind.String ? given.GetString() : given.GetRawText()
                    : null;
                return row => row.Texts(dimension).Contains(value);
            case "and" or "or":
                var parts = Property(filter, "fields", JsonValueKind.Array, required: true)!.Value.EnumerateArray().Select(Predicate).ToArray();
                return type == "and" ? row => parts.All(part => part(row)) : row => parts.Any(part => part(row));
            case "not":
                var inner = Predicate(Property(filter, "field", JsonValueKind.Object, required: true)!.Value);
                return row => !inner(row);
            default:
                throw new SessionQueryException("filters", $"Unknown filter type '{type}'; use selector, and, or or not.");
        }
    }

    private static string Dimension(JsonElement item, string attribute)
    {
        var name = item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText();
        Require(Dimensions.Contains(name), attribute, $"Unknown dimension '{name}'.");
        return name!;
    }

    private static DateTimeOffset Time(JsonElement interval, string name)
    {
        var text = Property(interval, name, JsonValueKind.String, required: true)!.Value.GetString();
        Require(DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var time),
            "interval", $"'{text}' is not an ISO 8601 date-time ({name}).");
        return time;
    }

    private static JsonElement? Property(JsonElement parent, string name, JsonValueKind kind, bool required)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            Require(value.ValueKind == kind, name, $"'{name}' must be a JSON {kind.ToString().ToLowerInvariant()}.");
            return value;
        }

        Require(!required, name, "This field is required.");
        return null;
    }

    private static void Require(bool condition, string attribute, string reason)
    {
        if (!condition)
        {
            throw new SessionQueryException(attribute, reason);
        }
    }
}

/// <summary>A query the API answers with 400: the attribute at fault and why.</summary>
internal sealed class SessionQueryException(string attribute, string reason) : Exception(reason)
{
    public string Attribute { get; } = attribute;
}
