using Giosg.Simulator.Http;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Legacy;

/// <summary>
/// The parameters of the older page-numbered <c>orgs/&lt;org&gt;/chats</c> collection (003): <c>page</c>,
/// <c>page_size</c>, <c>ordering</c> by start or end time (either way round) and every documented filter.
/// </summary>
internal sealed record LegacyChatQuery
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    /// <summary>The requested page: a number, or <c>last</c>; anything else is an invalid page (404).</summary>
    public string Page { get; init; } = "1";

    public int PageSize { get; init; } = DefaultPageSize;

    public bool ByEndTime { get; init; }

    public bool Descending { get; init; }

    public Guid? SinceId { get; init; }

    public long StartedFrom { get; init; }

    public long EndedBefore { get; init; }

    public bool? HasSales { get; init; }

    public bool? RealConversation { get; init; }

    public Guid? RoomId { get; init; }

    public string? Tag { get; init; }

    public int MinMessageCount { get; init; }

    public bool OnlyEnded { get; init; }

    public static bool TryParse(IQueryCollection query, out LegacyChatQuery result, out ApiError? error)
    {
        var reader = new QueryReader(query);
        var ordering = reader.Choice("ordering", ["start_time", "-start_time", "end_time", "-end_time"]) ?? "start_time";
        result = new LegacyChatQuery
        {
            Page = reader.Text("page") ?? "1",
            PageSize = PageSizeFrom(reader.Text("page_size")),
            ByEndTime = ordering.EndsWith("end_time", StringComparison.Ordinal),
            Descending = ordering.StartsWith('-'),
            SinceId = Id(reader, "since_id"),
            StartedFrom = reader.DateTime("start_time")?.UtcTicks ?? 0,
            EndedBefore = reader.DateTime("end_time")?.UtcTicks ?? 0,
            HasSales = reader.Boolean("has_sales"),
            RealConversation = reader.Boolean("is_real_conversation"),
            RoomId = Id(reader, "room_id"),
            Tag = reader.Text("tag"),
            MinMessageCount = int.TryParse(reader.Text("min_message_count") ?? "0", System.Globalization.CultureInfo.InvariantCulture, out var min) ? min : Fail(reader, "min_message_count", "Enter a whole number."),
            OnlyEnded = reader.Boolean("only_ended") == true,
        };
        error = reader.Error;
        return error is null;
    }

    /// <summary>Whether <paramref name="chat"/> passes every filter given; since_id compares ids, which are not in time order.</summary>
    public bool Matches(SimChat chat)
    {
        ref readonly var facts = ref chat.Facts;
        var ended = chat.Lifecycle.EndedTicks;
        return (!OnlyEnded || ended != 0)
            && (EndedBefore == 0 || (ended != 0 && ended < EndedBefore))
            && facts.CreatedTicks >= StartedFrom
            && (RoomId is not { } room || facts.Room.Id == room)
            && facts.MessageCount >= MinMessageCount
            && (RealConversation is not { } real || facts.IsRealConversation == real)
            && (HasSales is not { } sales || LegacyCarts.HasSale(facts) == sales)
            && (SinceId is not { } since || chat.Id.CompareTo(since) > 0)
            && (Tag is null || chat.Tags.Any(tag => tag.Name == Tag));
    }

    private static Guid? Id(QueryReader reader, string name)
    {
        var text = reader.Text(name);
        if (text is null)
        {
            return null;
        }

        if (Guid.TryParse(text, out var id))
        {
            return id;
        }

        reader.Fail(name, $"'{text}' is not a valid UUID.");
        return null;
    }

    private static int Fail(QueryReader reader, string name, string message)
    {
        reader.Fail(name, message);
        return 0;
    }

    /// <summary>As Django REST framework: a bad or non-positive size means the default, a big one the maximum.</summary>
    private static int PageSizeFrom(string? text) =>
        int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var size) && size > 0 ? Math.Min(size, MaxPageSize) : DefaultPageSize;
}
