namespace Giosg.Simulator.Conversations;

/// <summary>The documented chat message <c>type</c> values.</summary>
internal enum MessageType : byte
{
    Msg,
    Autosuggest,
    Join,
    Leave,
    ShoppingcartLocked,
    Action,
    CallRequest,
    CallEnded,
    InteractionSubmit,
    System,
}

internal static class MessageTypes
{
    public static readonly string[] WireNames =
        ["msg", "autosuggest", "join", "leave", "shoppingcart_locked", "action", "call_request", "call_ended", "interaction_submit", "system"];

    /// <summary>The value of the <c>type</c> attribute.</summary>
    public static string WireName(this MessageType type) => WireNames[(int)type];

    public static bool TryParse(string text, out MessageType type)
    {
        var index = Array.IndexOf(WireNames, text);
        type = (MessageType)Math.Max(index, 0);
        return index >= 0;
    }
}
