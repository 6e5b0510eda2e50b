using System.Globalization;

namespace Giosg.Simulator.Legacy;

/// <summary>One page of the page-numbered collection.</summary>
internal sealed record LegacyPage(int Count, int Number, int PageCount, int PageSize, IReadOnlyList<SimChat> Items);

/// <summary>
/// Page-number pagination as Django's paginator does it: a count of every chat, pages of a fixed size,
/// at least one (possibly empty) page, and "Invalid page." for anything outside them.
/// </summary>
internal static class LegacyPager
{
    /// <param name="scope">The chats, sorted by (created_at, id).</param>
    /// <param name="query">The page wanted.</param>
    /// <returns>The page, or <see langword="null"/> when the page number is invalid or out of range.</returns>
    public static LegacyPage? Read(SimChat[] scope, LegacyChatQuery query)
    {
        var size = query.PageSize;
        var pageCount = Math.Max(1, (scope.Length + size - 1) / size);
        var number = query.Page == "last" ? pageCount : int.TryParse(query.Page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        if (number < 1 || number > pageCount)
        {
            return null;
        }

        var items = new List<SimChat>(size);
        for (var i = (number - 1) * size; i < Math.Min(number * size, scope.Length); i++)
        {
            items.Add(scope[query.Descending ? scope.Length - 1 - i : i]);
        }

        return new LegacyPage(scope.Length, number, pageCount, size, items);
    }
}
