namespace Giosg.Client.Messages;

/// <summary>The documented values of <see cref="ChatMessage.Type"/>.</summary>
public static class MessageTypes
{
    /// <summary>Every documented type: a typed message (<c>msg</c>) and the chat's events.</summary>
    public static IReadOnlyList<string> All { get; } =
        ["msg", "autosuggest", "join", "leave", "shoppingcart_locked", "action", "call_request", "call_ended", "interaction_submit", "system"];

    /// <summary>True for a documented type, ignoring case.</summary>
    public static bool IsKnown(string value) => All.Contains(value, StringComparer.OrdinalIgnoreCase);
}
