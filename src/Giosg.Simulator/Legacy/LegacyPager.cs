using System.Globalization;
using Giosg.Simulator.Paging;

namespace Giosg.Simulator.Legacy;

/// <summary>One page of the page-numbered collection.</summary>
internal sealed record LegacyPage(int Count, int Number, int PageCount, int PageSize, IReadOnlyList<SimChat> Items);

/// <summary>
/// Page-number pagination as Django's paginator does it: a count of every match, pages of a fixed size,
/// at least one (possibly empty) page, and "Invalid page." for anything outside them.
/// </summary>
internal static class LegacyPager
{
    /// <returns>The page, or <see langword="null"/> when the page number is invalid or out of range.</returns>
    public static LegacyPage? Read(SimChat[] scope, LegacyChatQuery query)
    {
        var size = query.PageSize;
        int number;
        if (query.Page == "last")
        {
            number = PageCount(CountAndTake(scope, query, 0, 0).Count, size);
        }
        else if (!int.TryParse(query.Page, NumberStyles.None, CultureInfo.InvariantCulture, out number)
            || number < 1
            || (number > 1 && (long)(number - 1) * size >= scope.Length))
        {
            return null;
        }

        var (count, items) = CountAndTake(scope, query, (number - 1) * size, size);
        var pageCount = PageCount(count, size);
        return number > pageCount ? null : new LegacyPage(count, number, pageCount, size, items);
    }

    private static int PageCount(int count, int size) => Math.Max(1, (count + size - 1) / size);

    /// <summary>Counts the matches and takes <paramref name="take"/> of them after <paramref name="skip"/>, in the requested order.</summary>
    private static (int Count, List<SimChat> Items) CountAndTake(SimChat[] scope, LegacyChatQuery query, int skip, int take)
    {
        var index = ChatIndex.ByCreation(scope);
        var low = query.StartFrom == long.MinValue ? 0 : index.FirstAtOrAfter(query.StartFrom);
        var high = index.Count;

        if (query.ByEndTime)
        {
            // end_time changes when chats end, so that order is sorted per request.
            var matches = new List<SimChat>();
            for (var i = low; i < high; i++)
            {
                if (query.Matches(index[i]))
                {
                    matches.Add(index[i]);
                }
            }

            matches.Sort(ByEndTime(query.Descending));
            return (matches.Count, matches.Skip(skip).Take(take).ToList());
        }

        var items = new List<SimChat>(take);
        if (query.MatchesAll)
        {
            for (var n = skip; n < skip + take && n < high - low; n++)
            {
                items.Add(index[query.Descending ? high - 1 - n : low + n]);
            }

            return (high - low, items);
        }

        var count = 0;
        for (var n = 0; n < high - low; n++)
        {
            var chat = index[query.Descending ? high - 1 - n : low + n];
            if (query.Matches(chat))
            {
                if (count >= skip && count < skip + take)
                {
                    items.Add(chat);
                }

                count++;
            }
        }

        return (count, items);
    }

    /// <summary>By ended_at then id; open chats last when ascending and first when descending, as PostgreSQL sorts nulls.</summary>
    private static Comparison<SimChat> ByEndTime(bool descending)
    {
        static long EndKey(SimChat chat) => chat.Lifecycle is { IsEnded: true } state ? state.EndedTicks : long.MaxValue;
        return descending
            ? (a, b) => new ChatKey(EndKey(b), b.Id).CompareTo(new ChatKey(EndKey(a), a.Id))
            : (a, b) => new ChatKey(EndKey(a), a.Id).CompareTo(new ChatKey(EndKey(b), b.Id));
    }
}
