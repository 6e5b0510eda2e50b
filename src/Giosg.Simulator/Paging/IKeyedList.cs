namespace Giosg.Simulator.Paging;

/// <summary>Items in ascending key order, as a cursor pager reads them: chats, or a chat's messages, members or tags.</summary>
internal interface IKeyedList<out T>
{
    /// <summary>The ordering the keys belong to.</summary>
    SortField Field { get; }

    int Count { get; }

    T this[int position] { get; }

    ChatKey KeyAt(int position);
}

internal static class KeyedLists
{
    /// <summary>The first position whose key is not less than <paramref name="key"/>.</summary>
    public static int LowerBound<T>(this IKeyedList<T> list, ChatKey key) => Search(list, key, inclusive: true);

    /// <summary>The first position whose key is greater than <paramref name="key"/>.</summary>
    public static int UpperBound<T>(this IKeyedList<T> list, ChatKey key) => Search(list, key, inclusive: false);

    private static int Search<T>(IKeyedList<T> list, ChatKey key, bool inclusive)
    {
        int low = 0, high = list.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var comparison = list.KeyAt(middle).CompareTo(key);
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
