namespace Giosg.Simulator.Paging;

/// <summary>
/// Chats in ascending key order, searchable by key. Creation order is the seeded arrays themselves;
/// update order is a sorted snapshot, because <c>updated_at</c> changes.
/// </summary>
internal sealed class ChatIndex
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

    /// <summary>The first position whose key is not less than <paramref name="key"/>.</summary>
    public int LowerBound(ChatKey key) => Search(key, inclusive: true);

    /// <summary>The first position whose key is greater than <paramref name="key"/>.</summary>
    public int UpperBound(ChatKey key) => Search(key, inclusive: false);

    /// <summary>The first position at or after <paramref name="ticks"/>.</summary>
    public int FirstAtOrAfter(long ticks) => LowerBound(new ChatKey(ticks, Guid.Empty));

    /// <summary>The first position after <paramref name="ticks"/>.</summary>
    public int FirstAfter(long ticks) => UpperBound(new ChatKey(ticks, Guid.AllBitsSet));

    private int Search(ChatKey key, bool inclusive)
    {
        int low = 0, high = _chats.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var comparison = KeyAt(middle).CompareTo(key);
            if (comparison < 0 || (comparison == 0 && !inclusive))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
