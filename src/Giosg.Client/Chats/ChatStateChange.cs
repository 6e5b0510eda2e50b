namespace Giosg.Client.Chats;

/// <summary>The body of a chat PATCH: only the attributes being changed are written.</summary>
internal sealed record ChatStateChange
{
    public bool? IsEnded { get; init; }

    public bool? IsWaiting { get; init; }
}
