namespace Giosg.Simulator.Data;

/// <summary>The documented <c>chat_type</c> values.</summary>
internal enum ChatKind : byte
{
    Visitor,
    External,
    Operator,
    Group,
    Task,
}

internal static class ChatKinds
{
    private static readonly string[] WireNames = ["visitor", "external", "operator", "group", "task"];

    /// <summary>The value of the <c>chat_type</c> attribute.</summary>
    public static string WireName(this ChatKind kind) => WireNames[(int)kind];
}
