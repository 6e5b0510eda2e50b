namespace Giosg.Simulator.Paging;

/// <summary>A position in an ordering: the sort timestamp, with the id (of a chat, message, member or name) breaking ties.</summary>
internal readonly record struct ChatKey(long Ticks, Guid Id) : IComparable<ChatKey>
{
    public static bool operator <(ChatKey left, ChatKey right) => left.CompareTo(right) < 0;

    public static bool operator >(ChatKey left, ChatKey right) => left.CompareTo(right) > 0;

    public static bool operator <=(ChatKey left, ChatKey right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ChatKey left, ChatKey right) => left.CompareTo(right) >= 0;

    public int CompareTo(ChatKey other)
    {
        var byTime = Ticks.CompareTo(other.Ticks);
        return byTime != 0 ? byTime : Id.CompareTo(other.Id);
    }
}
