namespace Giosg.Client.Reporting;

/// <summary>Why a chat session query cannot be sent.</summary>
public enum ReportingQueryProblem
{
    /// <summary>The interval is empty or backwards: the end is not after the start.</summary>
    InvalidInterval,

    /// <summary>A group-by or filter dimension that 002 does not list.</summary>
    UnknownDimension,

    /// <summary>An aggregation applied to a dimension 002 does not allow it for (<c>sum</c> of <c>chat_type</c>).</summary>
    AggregationNotAvailable,

    /// <summary>A granularity other than all, hour, day, week or month.</summary>
    UnknownGranularity,

    /// <summary>A session scope other than org, user or team.</summary>
    UnknownScope,

    /// <summary>A time zone id that is neither an IANA nor a Windows id known here.</summary>
    UnknownTimeZone,

    /// <summary>A filter that cannot be expressed (a filter on <c>scope</c>, an empty value list).</summary>
    InvalidFilter,
}
