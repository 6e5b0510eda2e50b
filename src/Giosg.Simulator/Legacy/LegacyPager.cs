using System.Globalization;

namespace Giosg.Simulator.Legacy;

/// <summary>One page of the page-numbered collection.</summary>
internal sealed record LegacyPage(int Count, int Number, int PageCount, int PageSize, IReadOnlyList<SimChat> Items);

/// <summary>
/// Page-number pagination as Django's paginator does it: a count of every matching chat, pages of a fixed
/// size counted afresh on every request (so a chat that starts matching shifts the pages after it), at least
/// one (possibly empty) page, and "Invalid page." for anything outside them.
/// </summary>
internal static class LegacyPager
{
    /// <param name="ordered">The chats in ascending order of the query's field.</param>
    /// <param name="query">The filters and page wanted.</param>
    /// <returns>The page, or <see langword="null"/> when the page number is invalid or out of range.</returns>
    public static LegacyPage? Read(SimChat[] ordered, LegacyChatQuery query)
    {
        // One pass, nothing materialized: count the matches and keep only the page's.
        var size = query.PageSize;
        var wanted = query.Page == "last" ? -1 : int.TryParse(query.Page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        if (wanted == 0)
        {
            return null;
        }

        var items = new List<SimChat>(size);
        var count = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            var chat = ordered[query.Descending ? ordered.Length - 1 - i : i];
            if (!query.Matches(chat))
            {
                continue;
            }

            if (wanted < 0 && count % size == 0)
            {
                items.Clear();
            }

            if (wanted < 0 || (count >= (wanted - 1) * size && count < wanted * size))
            {
                items.Add(chat);
            }

            count++;
        }

        var pageCount = Math.Max(1, (count + size - 1) / size);
        var number = wanted < 0 ? pageCount : wanted;
        return number > pageCount ? null : new LegacyPage(count, number, pageCount, size, items);
    }
}
