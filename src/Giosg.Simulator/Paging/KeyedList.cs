namespace Giosg.Simulator.Paging;

/// <summary>A chat's sub-resources (messages, members, tags) sorted by their keys, ready for cursor paging.</summary>
internal sealed class KeyedList<T> : IKeyedList<T>
{
    private readonly T[] _items;
    private readonly ChatKey[] _keys;

    public KeyedList(SortField field, IEnumerable<T> items, Func<T, ChatKey> key)
    {
        _items = [.. items];
        _keys = Array.ConvertAll(_items, item => key(item));
        Array.Sort(_keys, _items);
        Field = field;
    }

    public SortField Field { get; }

    public int Count => _items.Length;

    public T this[int position] => _items[position];

    public ChatKey KeyAt(int position) => _keys[position];
}
