using System.Globalization;
using System.Text;

namespace Giosg.Client.Chats;

/// <summary>What the older organization collection <c>orgs/&lt;org&gt;/chats</c> (003) returns: each chat with its transcript.</summary>
public enum TranscriptOrder
{
    /// <summary><c>ordering=start_time</c>, the documented default.</summary>
    StartTime,

    /// <summary><c>ordering=end_time</c>; open chats (no end time) come last, or first when descending.</summary>
    EndTime,
}

/// <summary>
/// The filters of the older organization collection (003's parameter table). Null means "no filter";
/// each value maps to one documented parameter, except <see cref="Ended"/> false, which the API cannot
/// express (<c>only_ended</c> is true or absent) and is applied to each page as it arrives.
/// </summary>
public sealed record TranscriptListRequest
{
    /// <summary>True: only ended chats (<c>only_ended=true</c>); false: only open chats (applied on arrival).</summary>
    public bool? Ended { get; init; }

    /// <summary>Only chats started at or after this moment (<c>start_time</c>, inclusive).</summary>
    public DateTimeOffset? StartedAfter { get; init; }

    /// <summary>Only chats ended before this moment (<c>end_time</c>, exclusive).</summary>
    public DateTimeOffset? EndedBefore { get; init; }

    /// <summary>Only chats in this room (<c>room_id</c>).</summary>
    public Guid? RoomId { get; init; }

    /// <summary>Only chats with this tag (<c>tag</c>).</summary>
    public string? Tag { get; init; }

    /// <summary>Only chats with at least this many messages (<c>min_message_count</c>).</summary>
    public int? MinMessageCount { get; init; }

    /// <summary>Only real (true) or non-real (false) conversations (<c>is_real_conversation</c>).</summary>
    public bool? RealConversation { get; init; }

    /// <summary>Only chats with (true) or without (false) sales (<c>has_sales</c>).</summary>
    public bool? HasSales { get; init; }

    /// <summary>Only chats after the chat with this id (<c>since_id</c>, exclusive); ids are compared, not times.</summary>
    public Guid? SinceId { get; init; }

    /// <summary>The order (<c>ordering</c>); the API's default is start time.</summary>
    public TranscriptOrder OrderBy { get; init; }

    /// <summary>Reverse order (<c>ordering=-start_time</c> or <c>-end_time</c>).</summary>
    public bool Descending { get; init; }

    /// <summary>Page number to start at (<c>page</c>); 1 unless a caller resumes from a known position.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Page size (<c>page_size</c>), 1 to 100.</summary>
    public int PageSize { get; init; } = ChatsClient.MaxLegacyPageSize;

    /// <summary>The query string (with its leading '?') this request sends.</summary>
    /// <exception cref="ArgumentException">A value out of range or contradicting another.</exception>
    public string ToQueryString()
    {
        Validate();
        var query = new StringBuilder();
        void Add(string name, string value) =>
            query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));

        Add("ordering", (Descending ? "-" : string.Empty) + (OrderBy == TranscriptOrder.EndTime ? "end_time" : "start_time"));
        Add("page_size", PageSize.ToString(CultureInfo.InvariantCulture));
        if (Page != 1)
        {
            Add("page", Page.ToString(CultureInfo.InvariantCulture));
        }

        if (Ended == true)
        {
            Add("only_ended", "true");
        }

        if (StartedAfter is { } after)
        {
            Add("start_time", ChatQuery.FormatMoment(after));
        }

        if (EndedBefore is { } before)
        {
            Add("end_time", ChatQuery.FormatMoment(before));
        }

        if (RoomId is { } room)
        {
            Add("room_id", room.ToString("D"));
        }

        if (Tag is not null)
        {
            Add("tag", Tag);
        }

        if (MinMessageCount is { } min)
        {
            Add("min_message_count", min.ToString(CultureInfo.InvariantCulture));
        }

        if (RealConversation is { } real)
        {
            Add("is_real_conversation", real ? "true" : "false");
        }

        if (HasSales is { } sales)
        {
            Add("has_sales", sales ? "true" : "false");
        }

        if (SinceId is { } since)
        {
            Add("since_id", since.ToString("D"));
        }

        return query.ToString();
    }

    /// <summary>The filter the API cannot apply, or null.</summary>
    internal Func<LegacyChat, bool>? ClientFilter => Ended == false ? chat => !chat.IsEnded : null;

    private void Validate()
    {
        if (PageSize is < 1 or > ChatsClient.MaxLegacyPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(PageSize), PageSize, $"The page size must be between 1 and {ChatsClient.MaxLegacyPageSize}.");
        }

        if (Page < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Page), Page, "The page number must be 1 or more.");
        }

        if (MinMessageCount is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MinMessageCount), MinMessageCount, "The minimum message count cannot be negative.");
        }

        if (Tag is { Length: 0 })
        {
            throw new ArgumentException("The tag is empty; leave it out to list chats with any tags.", nameof(Tag));
        }

        if (Ended == false && EndedBefore is not null)
        {
            throw new ArgumentException("EndedBefore lists ended chats only; it contradicts Ended = false (open chats only).", nameof(EndedBefore));
        }

        if (StartedAfter is { } after && EndedBefore is { } before && after >= before)
        {
            throw new ArgumentException(
                $"StartedAfter ({ChatQuery.FormatMoment(after)}) is not earlier than EndedBefore ({ChatQuery.FormatMoment(before)}); no chat can match.", nameof(StartedAfter));
        }
    }
}
