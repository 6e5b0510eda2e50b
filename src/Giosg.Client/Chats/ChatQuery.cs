using System.Globalization;
using System.Text;

namespace Giosg.Client.Chats;

/// <summary>
/// Splits a <see cref="ChatListRequest"/> into the query string its endpoint documents and a
/// predicate for the rest, applied to each page on arrival.
/// </summary>
internal sealed class ChatQuery
{
    private readonly List<Func<Chat, bool>> _clientFilters = [];
    private readonly StringBuilder _query = new();

    private ChatQuery()
    {
    }

    /// <summary>The query string, with its leading '?', or empty.</summary>
    public string QueryString => _query.ToString();

    /// <summary>The filters the server cannot apply; null when there are none.</summary>
    public Func<Chat, bool>? ClientFilter => _clientFilters.Count switch
    {
        0 => null,
        1 => _clientFilters[0],
        _ => chat => _clientFilters.TrueForAll(filter => filter(chat)),
    };

    /// <exception cref="ArgumentException">The request's values contradict each other or are unknown.</exception>
    public static ChatQuery Build(ChatListRequest request, ChatCollection collection)
    {
        Validate(request, collection);
        var query = new ChatQuery();
        var filters = collection.Filters;

        // Always explicit: 001's prose says newest first by default, its parameter tables say created_at
        // (ascending); sending the ordering makes either reading give the same order (docs/api-assumptions.md).
        if (filters.HasFlag(ChatFilters.Ordering))
        {
            var field = request.OrderByUpdatedAt ? "updated_at" : "created_at";
            query.Add("ordering", request.Descending ? "-" + field : field);
        }

        if (request.IsParticipating is { } participating)
        {
            query.Add("is_participating", participating ? "true" : "false");
        }

        query.Flag(filters, ChatFilters.IsEnded, "is_ended", request.IsEnded, chat => chat.IsEnded);
        query.Flag(filters, ChatFilters.IsWaiting, "is_waiting", request.IsWaiting, chat => chat.IsWaiting);
        query.Flag(filters, ChatFilters.HasMessages, "has_messages", request.HasMessages, chat => chat.HasMessages);
        query.Flag(filters, ChatFilters.HasMessages, "has_user_messages", request.HasUserMessages, chat => chat.HasUserMessages);
        query.Flag(filters, ChatFilters.HasMessages, "has_visitor_messages", request.HasVisitorMessages, chat => chat.HasVisitorMessages);

        if (request.CreatedAfter is { } after)
        {
            query.Moment(filters, "created_at_after", after, chat => chat.CreatedAt > after);
        }

        if (request.CreatedBefore is { } before)
        {
            query.Moment(filters, "created_at_before", before, chat => chat.CreatedAt < before);
        }

        if (request.ChatTypes is { Count: > 0 } types)
        {
            var wanted = new HashSet<string>(types, StringComparer.OrdinalIgnoreCase);
            query._clientFilters.Add(chat => chat.ChatType is not null && wanted.Contains(chat.ChatType));
        }

        return query;
    }

    /// <summary>Formats a moment the way the API's ISO 8601 filters read it: UTC with 'Z'.</summary>
    internal static string FormatMoment(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static void Validate(ChatListRequest request, ChatCollection collection)
    {
        if (request.CreatedAfter is { } after && request.CreatedBefore is { } before && after >= before)
        {
            throw new ArgumentException(
                $"CreatedAfter ({FormatMoment(after)}) is not earlier than CreatedBefore ({FormatMoment(before)}); no chat can match.");
        }

        if (request.Descending && !collection.Filters.HasFlag(ChatFilters.Ordering))
        {
            throw new ArgumentException("This listing documents no ordering (pending chats, and 004's chats of a user come in the API's own order); Descending cannot be applied to it.");
        }

        // Neither can be done on the client: a chat says nothing of the user's participation, and pages
        // sorted by creation cannot be re-sorted by update while they stream.
        if (request.OrderByUpdatedAt && !collection.Filters.HasFlag(ChatFilters.UpdatedOrdering))
        {
            throw new ArgumentException("Ordering by updated_at is documented for a user's chats only (001); use -Scope User.");
        }

        if (request.IsParticipating is not null && !collection.Filters.HasFlag(ChatFilters.IsParticipating))
        {
            throw new ArgumentException("The is_participating filter is documented for a user's chats only (001); use -Scope User.");
        }

        foreach (var type in request.ChatTypes ?? [])
        {
            if (!ChatTypes.IsKnown(type))
            {
                throw new ArgumentException(
                    $"'{type}' is not a chat type; use one of {string.Join(", ", ChatTypes.All)}.");
            }
        }
    }

    private void Flag(ChatFilters supported, ChatFilters filter, string name, bool? value, Func<Chat, bool> read)
    {
        if (value is not { } wanted)
        {
            return;
        }

        if (supported.HasFlag(filter))
        {
            Add(name, wanted ? "true" : "false");
        }
        else
        {
            _clientFilters.Add(chat => read(chat) == wanted);
        }
    }

    /// <summary>
    /// A creation bound is always applied here, strictly, and also sent where the endpoint takes it: the
    /// documents do not say whether the server's bound is inclusive or exclusive, and a strict bound on
    /// the client gives the same chats either way (docs/api-assumptions.md).
    /// </summary>
    private void Moment(ChatFilters supported, string name, DateTimeOffset value, Func<Chat, bool> clientFilter)
    {
        if (supported.HasFlag(ChatFilters.CreatedAt))
        {
            Add(name, FormatMoment(value));
        }

        _clientFilters.Add(clientFilter);
    }

    private void Add(string name, string value) =>
        _query.Append(_query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
}
