using Giosg.Simulator.Http;
using Giosg.Simulator.Json;
using Giosg.Simulator.Paging;

namespace Giosg.Simulator.Chats;

/// <summary>A cursor listing's parsed query: ordering, cursor and filters.</summary>
internal sealed record ChatListQuery(SortField Field, bool Descending, Cursor? Cursor, ChatFilter Filter)
{
    private static readonly string[] CreatedOrderings = ["created_at", "-created_at"];
    private static readonly string[] AllOrderings = ["created_at", "-created_at", "updated_at", "-updated_at"];

    /// <summary>Parses the query; <paramref name="error"/> is the 400 to answer when it cannot.</summary>
    public static bool TryParse(IQueryCollection query, ChatListParameters parameters, SimUser? pathUser, out ChatListQuery result, out ApiError? error)
    {
        var reader = new QueryReader(query);
        bool Takes(ChatListParameters wanted) => (parameters & wanted) == wanted;

        // The parameter tables give created_at (ascending) as the default, whatever the prose says.
        var ordering = reader.Choice("ordering", Takes(ChatListParameters.UpdatedOrdering) ? AllOrderings : CreatedOrderings) ?? "created_at";
        var field = ordering.EndsWith("updated_at", StringComparison.Ordinal) ? SortField.UpdatedAt : SortField.CreatedAt;

        var filter = new ChatFilter
        {
            IsEnded = reader.Boolean("is_ended"),
            HasMessages = reader.Boolean("has_messages"),
            HasUserMessages = reader.Boolean("has_user_messages"),
            HasVisitorMessages = reader.Boolean("has_visitor_messages"),
            IsWaiting = Takes(ChatListParameters.Waiting) ? reader.Boolean("is_waiting") : null,
            IsParticipating = Takes(ChatListParameters.Participating) ? reader.Boolean("is_participating") : null,
            Participant = Takes(ChatListParameters.Participating) ? pathUser : null,
        };

        if (Takes(ChatListParameters.CreatedRange))
        {
            // django-filter's _after/_before range is inclusive at both ends.
            filter = filter with
            {
                CreatedFrom = reader.DateTime("created_at_after")?.UtcTicks ?? long.MinValue,
                CreatedTo = reader.DateTime("created_at_before")?.UtcTicks ?? long.MaxValue,
            };
        }

        result = new ChatListQuery(field, ordering.StartsWith('-'), CursorParameter.Read(reader, field), filter);
        error = reader.Error;
        return error is null;
    }
}
