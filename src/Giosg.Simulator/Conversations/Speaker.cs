namespace Giosg.Simulator.Conversations;

/// <summary>Who a message of a generated conversation comes from: the chat's members, or a rule.</summary>
internal enum Speaker : byte
{
    Visitor,
    FirstUser,
    SecondUser,

    /// <summary>An autosuggest rule: <c>sender_type</c> <c>rule</c>.</summary>
    Rule,
}
