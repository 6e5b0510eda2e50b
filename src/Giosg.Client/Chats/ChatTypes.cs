namespace Giosg.Client.Chats;

/// <summary>The documented values of <see cref="Chat.ChatType"/>.</summary>
public static class ChatTypes
{
    /// <summary>A chat with a visitor.</summary>
    public const string Visitor = "visitor";

    /// <summary>A chat from an external source (an integration). Never ends by itself.</summary>
    public const string External = "external";

    /// <summary>Users only, created empty.</summary>
    public const string Operator = "operator";

    /// <summary>Users only.</summary>
    public const string Group = "group";

    /// <summary>Closed by the room's time-to-live.</summary>
    public const string Task = "task";

    /// <summary>Every documented type.</summary>
    public static IReadOnlyList<string> All { get; } = [Visitor, External, Operator, Group, Task];

    /// <summary>True for a documented type, ignoring case.</summary>
    public static bool IsKnown(string value) => All.Contains(value, StringComparer.OrdinalIgnoreCase);
}
