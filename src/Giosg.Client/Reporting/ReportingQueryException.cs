namespace Giosg.Client.Reporting;

/// <summary>
/// A chat session query was refused before sending: the message names the offending value and
/// what is allowed instead, <see cref="Value"/> holds the value, and <see cref="RecommendedAction"/>
/// says what to change.
/// </summary>
public sealed class ReportingQueryException : ArgumentException
{
    private readonly string _parameterName;

    /// <summary>Creates the exception.</summary>
    public ReportingQueryException(ReportingQueryProblem problem, string message, string parameter, object? value, string recommendedAction)
        : base(message)
    {
        // Not passed to the base: its message would gain a "(Parameter '…')" tail on .NET.
        _parameterName = parameter;
        Problem = problem;
        Value = value;
        RecommendedAction = recommendedAction;
    }

    /// <summary>The request property (and cmdlet parameter) that holds the offending value: Start, End, GroupBy, Filter, Sum…</summary>
    public override string ParamName => _parameterName;

    /// <summary>What is wrong.</summary>
    public ReportingQueryProblem Problem { get; }

    /// <summary>The offending value (a dimension, an aggregation, a time zone, the interval's end).</summary>
    public object? Value { get; }

    /// <summary>What to change so the query can be sent.</summary>
    public string RecommendedAction { get; }
}
