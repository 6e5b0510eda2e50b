namespace Giosg.Simulator.Paging;

/// <summary>
/// Chats in ascending key order, searchable by key. Creation order is the seeded arrays themselves;
/// update order is a sorted snapshot, because <c>updated_at</c> changes.
/// </summary>
internal sealed class ChatIndex : IKeyedList<SimChat>
{
    private readonly SimChat[] _chats;

    // Null for creation order, where the key is read from the chat (it never changes).
    private readonly ChatKey[]? _keys;

    private ChatIndex(SimChat[] chats, ChatKey[]? keys, SortField field)
    {
        _chats = chats;
        _keys = keys;
        Field = field;
    }

    public SortField Field { get; }

    public int Count => _chats.Length;

    public SimChat this[int position] => _chats[position];

    /// <summary>Wraps chats already sorted by (created_at, id).</summary>
    public static ChatIndex ByCreation(SimChat[] chatsByCreation) => new(chatsByCreation, null, SortField.CreatedAt);

    /// <summary>Sorts a snapshot of the chats by (updated_at, id) as they are now.</summary>
    public static ChatIndex ByUpdate(SimChat[] chats)
    {
        var keys = new ChatKey[chats.Length];
        for (var i = 0; i < chats.Length; i++)
        {
            keys[i] = new ChatKey(chats[i].Lifecycle.UpdatedTicks, chats[i].Id);
        }

        var sorted = (SimChat[])chats.Clone();
        Array.Sort(keys, sorted);
        return new ChatIndex(sorted, keys, SortField.UpdatedAt);
    }

    public ChatKey KeyAt(int position) =>
        _keys is null ? new ChatKey(_chats[position].CreatedTicks, _chats[position].Id) : _keys[position];

    /// <summary>The first position at or after <paramref name="ticks"/>.</summary>
    public int FirstAtOrAfter(long ticks) => this.LowerBound(new ChatKey(ticks, Guid.Empty));

    /// <summary>The first position after <paramref name="ticks"/>.</summary>
    public int FirstAfter(long ticks) => this.UpperBound(new ChatKey(ticks, Guid.AllBitsSet));
}
