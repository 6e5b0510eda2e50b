namespace Giosg.Client.Messages;

/// <summary>Which of a chat's messages to list: <c>type__in</c> and <c>type__not_in</c>.</summary>
public sealed record MessageListRequest
{
    /// <summary>Only messages of these types.</summary>
    public IReadOnlyCollection<string>? Types { get; init; }

    /// <summary>No messages of these types.</summary>
    public IReadOnlyCollection<string>? ExcludeTypes { get; init; }
}
