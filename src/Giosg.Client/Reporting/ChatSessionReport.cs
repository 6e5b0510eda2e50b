namespace Giosg.Client.Reporting;

/// <summary>
/// A chat session query's answer: the API's <c>fields</c> in order, and one datapoint per bucket
/// with a value per field. <c>start_time</c> is a <see cref="DateTimeOffset"/>, <c>count</c> a
/// <see cref="long"/>, other metrics <see cref="double"/>, other dimensions text (or null).
/// </summary>
public sealed class ChatSessionReport
{
    internal ChatSessionReport(IReadOnlyList<ChatSessionField> fields, IReadOnlyList<IReadOnlyList<object?>> datapoints)
    {
        Fields = fields;
        Datapoints = datapoints;
    }

    /// <summary>The columns, in the API's order.</summary>
    public IReadOnlyList<ChatSessionField> Fields { get; }

    /// <summary>One entry per bucket; each holds one value per <see cref="Fields"/> entry, in the same order.</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Datapoints { get; }
}

/// <summary>A column of a <see cref="ChatSessionReport"/>.</summary>
/// <param name="Name">The API's field name, e.g. <c>visitor_ids_hyper_unique</c>.</param>
/// <param name="IsMetric">Whether the API calls it a metric (an aggregation's result) rather than a dimension.</param>
/// <param name="PropertyName">The name in PascalCase, e.g. <c>VisitorIdsHyperUnique</c>: what the cmdlet's objects call it.</param>
public sealed record ChatSessionField(string Name, bool IsMetric, string PropertyName);
