namespace Giosg.Client.Reporting;

/// <summary>
/// A chat session statistics query in the caller's terms; <see cref="ReportingClient.Prepare"/>
/// checks it against <see cref="ReportingCatalog"/> and turns it into the Reporting API's JSON.
/// Names are the API's dimensions (<c>chat_type</c>, <c>visitor_ids</c>).
/// </summary>
public sealed class ChatSessionStatisticsRequest
{
    /// <summary>The first instant counted (a session counts by when it started).</summary>
    public DateTimeOffset Start { get; init; }

    /// <summary>The first instant no longer counted: the interval is [Start, End).</summary>
    public DateTimeOffset End { get; init; }

    /// <summary>IANA (<c>Europe/Helsinki</c>) or Windows (<c>FLE Standard Time</c>) id; buckets start at its midnights. UTC by default.</summary>
    public string? TimeZone { get; init; }

    /// <summary><c>all</c> (default), <c>hour</c>, <c>day</c>, <c>week</c> or <c>month</c>.</summary>
    public string? Granularity { get; init; }

    /// <summary>Dimensions to group by, in the order their columns should appear.</summary>
    public IReadOnlyList<string> GroupBy { get; init; } = [];

    /// <summary>Count the rows; implied when no other aggregation is asked for.</summary>
    public bool Count { get; init; }

    /// <summary>Numeric dimensions to sum.</summary>
    public IReadOnlyList<string> Sum { get; init; } = [];

    /// <summary>Numeric dimensions to average.</summary>
    public IReadOnlyList<string> Average { get; init; } = [];

    /// <summary>Id dimensions whose distinct values to count (<c>hyperUnique</c>).</summary>
    public IReadOnlyList<string> UniqueCount { get; init; } = [];

    /// <summary>
    /// Dimension = accepted values: all entries must hold (AND), any one value of an entry may
    /// match (OR). A <see langword="null"/> value matches rows where the dimension is null.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string?>> Filter { get; init; } = new Dictionary<string, IReadOnlyList<string?>>();

    /// <summary><c>org</c> (default), <c>user</c> or <c>team</c>: the one scope the query counts.</summary>
    public string? SessionScope { get; init; }
}
