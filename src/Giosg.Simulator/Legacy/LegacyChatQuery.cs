using Giosg.Simulator.Http;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Legacy;

/// <summary>The parameters of the older page-numbered <c>orgs/&lt;org&gt;/chats</c> collection.</summary>
internal sealed record LegacyChatQuery
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    private static readonly string[] Orderings = ["start_time", "-start_time", "end_time", "-end_time"];

    /// <summary>The requested page: a number, or <c>last</c>; anything else is an invalid page (404).</summary>
    public string Page { get; init; } = "1";

    public int PageSize { get; init; } = DefaultPageSize;

    public bool ByEndTime { get; init; }

    public bool Descending { get; init; }

    public Guid? RoomId { get; init; }

    public bool OnlyEnded { get; init; }

    /// <summary>Inclusive lower bound of start_time (created_at) in UTC ticks.</summary>
    public long StartFrom { get; init; } = long.MinValue;

    /// <summary>Exclusive upper bound of end_time in UTC ticks; open chats never match it.</summary>
    public long EndBefore { get; init; } = long.MaxValue;

    public bool? IsRealConversation { get; init; }

    public bool? HasSales { get; init; }

    public int? MinMessageCount { get; init; }

    public string? Tag { get; init; }

    /// <summary>Whether every chat of the scope matches, so counting and paging need no scan.</summary>
    public bool MatchesAll =>
        !OnlyEnded && EndBefore == long.MaxValue && IsRealConversation is null && HasSales is null && MinMessageCount is null && Tag is null;

    public static bool TryParse(IQueryCollection query, out LegacyChatQuery result, out ApiError? error)
    {
        var reader = new QueryReader(query);
        var ordering = reader.Choice("ordering", Orderings) ?? "start_time";

        result = new LegacyChatQuery
        {
            Page = reader.Text("page") ?? "1",
            PageSize = PageSizeFrom(reader.Text("page_size")),
            ByEndTime = ordering.EndsWith("end_time", StringComparison.Ordinal),
            Descending = ordering.StartsWith('-'),
            RoomId = reader.Uuid("room_id"),
            OnlyEnded = string.Equals(reader.Text("only_ended"), "true", StringComparison.OrdinalIgnoreCase),
            StartFrom = reader.DateTime("start_time")?.UtcTicks ?? long.MinValue,
            EndBefore = reader.DateTime("end_time")?.UtcTicks ?? long.MaxValue,
            IsRealConversation = reader.Boolean("is_real_conversation"),
            HasSales = reader.Boolean("has_sales"),
            MinMessageCount = reader.Integer("min_message_count", minimum: 0),
            Tag = reader.Text("tag"),
        };
        error = reader.Error;
        return error is null;
    }

    public bool Matches(SimChat chat)
    {
        ref readonly var facts = ref chat.Facts;
        var state = chat.Lifecycle;
        return facts.CreatedTicks >= StartFrom
            && (!OnlyEnded || state.IsEnded)
            && (EndBefore == long.MaxValue || (state.IsEnded && state.EndedTicks < EndBefore))
            && (IsRealConversation is not { } real || real == facts.IsRealConversation)
            && HasSales is not true
            && facts.MessageCount >= (MinMessageCount ?? 0)
            && (Tag is null || HasTag(chat, Tag));
    }

    private static bool HasTag(SimChat chat, string name)
    {
        foreach (var tag in chat.Tags)
        {
            if (tag.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>As Django REST framework: a bad or non-positive size means the default, a big one the maximum.</summary>
    private static int PageSizeFrom(string? text) =>
        int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var size) && size > 0 ? Math.Min(size, MaxPageSize) : DefaultPageSize;
}
