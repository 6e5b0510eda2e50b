using Giosg.Simulator.Chats;

namespace Giosg.Simulator.Paging;

/// <summary>One page of a cursor-paginated listing, in presentation order, with the cursors around it.</summary>
internal sealed record CursorPage<T>(IReadOnlyList<T> Items, Cursor? Next, Cursor? Previous);

/// <summary>
/// Keyset pagination over an <see cref="IKeyedList{T}"/>: binary search to the cursor, then scan until a
/// page of matching items (plus one, to know whether there is more) is found.
/// </summary>
internal static class CursorPager
{
    /// <summary>A page of chats; a created_at range narrows the scan by binary search first.</summary>
    public static CursorPage<SimChat> Read(ChatIndex index, ChatFilter filter, bool descending, Cursor? cursor, int pageSize, CursorMode mode = CursorMode.Keys)
    {
        var (low, high) = Bounds(index, filter);
        return mode == CursorMode.Offsets
            ? ReadAtOffset(index, low, high, filter.Matches, descending, cursor, pageSize)
            : Read(index, low, high, filter.Matches, descending, cursor, pageSize);
    }

    /// <summary>A page of a chat's sub-resource; <paramref name="matches"/> null keeps every item.</summary>
    public static CursorPage<T> Read<T>(IKeyedList<T> list, Func<T, bool>? matches, bool descending, Cursor? cursor, int pageSize) =>
        Read(list, 0, list.Count, matches, descending, cursor, pageSize);

    private static CursorPage<T> Read<T>(IKeyedList<T> list, int low, int high, Func<T, bool>? matches, bool descending, Cursor? cursor, int pageSize)
    {
        var backwards = cursor is { Backwards: true };

        // A "previous" cursor reads against the ordering, then turns the page around.
        var ascending = descending == backwards;
        var position = cursor switch
        {
            null => descending ? high - 1 : low,
            { } c when ascending => Math.Max(low, list.UpperBound(c.Position)),
            { } c => Math.Min(high, list.LowerBound(c.Position)) - 1,
        };

        var found = new List<int>(Math.Min(pageSize + 1, 1024));
        for (var step = ascending ? 1 : -1; position >= low && position < high && found.Count <= pageSize; position += step)
        {
            if (matches is null || matches(list[position]))
            {
                found.Add(position);
            }
        }

        var hasMore = found.Count > pageSize;
        if (hasMore)
        {
            found.RemoveAt(pageSize);
        }

        if (backwards)
        {
            found.Reverse();
        }

        ChatKey? first = found.Count > 0 ? list.KeyAt(found[0]) : null;
        ChatKey? last = found.Count > 0 ? list.KeyAt(found[^1]) : null;
        var items = found.ConvertAll(at => list[at]);
        Cursor After(ChatKey key) => new(key, list.Field, Backwards: false);
        Cursor Before(ChatKey key) => new(key, list.Field, Backwards: true);

        return cursor switch
        {
            null => new CursorPage<T>(items, hasMore ? After(last!.Value) : null, null),
            { Backwards: false } c => new CursorPage<T>(items, hasMore ? After(last!.Value) : null, Before(first ?? c.Position)),
            { } c => new CursorPage<T>(items, After(last ?? c.Position), hasMore ? Before(first!.Value) : null),
        };
    }

    /// <summary>
    /// Offset paging, as a naive API pages: the cursor's position holds how many matching items to skip,
    /// counted in the result as it is now, so a chat leaving the result shifts every later page.
    /// </summary>
    private static CursorPage<SimChat> ReadAtOffset(ChatIndex list, int low, int high, Func<SimChat, bool> matches, bool descending, Cursor? cursor, int pageSize)
    {
        var offset = cursor is { } c ? c.Position.Ticks : 0;
        var items = new List<SimChat>(Math.Min(pageSize, 1024));
        var skipped = 0L;
        var hasMore = false;
        for (var i = 0; i < high - low; i++)
        {
            var item = list[descending ? high - 1 - i : low + i];
            if (!matches(item))
            {
                continue;
            }

            if (skipped < offset)
            {
                skipped++;
            }
            else if (items.Count < pageSize)
            {
                items.Add(item);
            }
            else
            {
                hasMore = true;
                break;
            }
        }

        Cursor At(long position) => new(new ChatKey(position, Guid.Empty), list.Field, Backwards: false);
        return new CursorPage<SimChat>(items, hasMore ? At(offset + pageSize) : null, offset > 0 ? At(Math.Max(0, offset - pageSize)) : null);
    }

    /// <summary>Narrows the scan to the created_at range by binary search when the index is in creation order.</summary>
    private static (int Low, int High) Bounds(ChatIndex index, ChatFilter filter)
    {
        if (index.Field != SortField.CreatedAt)
        {
            return (0, index.Count);
        }

        var low = filter.CreatedFrom == long.MinValue ? 0 : index.FirstAtOrAfter(filter.CreatedFrom);
        var high = filter.CreatedTo == long.MaxValue ? index.Count : index.FirstAfter(filter.CreatedTo);
        return (low, Math.Max(low, high));
    }
}
