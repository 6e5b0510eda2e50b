using System.Text.Json.Serialization;

namespace Giosg.Client.Reporting;

/// <summary>The chat session query as 002 writes it: interval, granularity, group_by, aggregations, filters.</summary>
internal sealed record ReportingQuery(
    ReportingInterval Interval,
    string Granularity,
    IReadOnlyList<string> GroupBy,
    IReadOnlyList<ReportingAggregation> Aggregations,
    ReportingFilter Filters);

/// <param name="Start">ISO 8601 with the time zone's offset, milliseconds included, as 002's example.</param>
/// <param name="End">The last millisecond counted, as 002's example ends a day at 23:59:59.999.</param>
/// <param name="TimeZone">The IANA id.</param>
internal sealed record ReportingInterval(string Start, string End, string TimeZone);

/// <param name="Type">count, sum, avg or hyperUnique.</param>
/// <param name="Fields">The dimensions aggregated; null (not written) for count.</param>
internal sealed record ReportingAggregation(string Type, IReadOnlyList<string>? Fields);

/// <summary>A filter; its <c>type</c> says which of 002's filters it is.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SelectorFilter), "selector")]
[JsonDerivedType(typeof(AndFilter), "and")]
[JsonDerivedType(typeof(OrFilter), "or")]
internal abstract record ReportingFilter;

/// <summary>Rows whose dimension has the value (for a list dimension: contains it); a null value matches null.</summary>
internal sealed record SelectorFilter(
    string Dimension,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Value) : ReportingFilter;

/// <summary>Rows every filter matches.</summary>
internal sealed record AndFilter(IReadOnlyList<ReportingFilter> Fields) : ReportingFilter;

/// <summary>Rows any filter matches.</summary>
internal sealed record OrFilter(IReadOnlyList<ReportingFilter> Fields) : ReportingFilter;
