using Giosg.Client.Chats;
using Giosg.Client.Connections;
using Giosg.Client.Http;
using Giosg.Client.Json;
using Giosg.Client.Paging;

namespace Giosg.Client.ReplySuggestions;

/// <summary>Reply suggestions of a user's chats and routed chats (001: <c>users/&lt;user&gt;/chats|routed_chats/&lt;chat&gt;[/messages/&lt;message&gt;]/reply_suggestions</c>).</summary>
public sealed class ReplySuggestionsClient
{
    private readonly GiosgConnection _connection;

    internal ReplySuggestionsClient(GiosgConnection connection) => _connection = connection;

    /// <summary>Lists the suggestions of the chat, or of one message with <see cref="ReplySuggestionTarget.MessageId"/>, lazily; oldest first unless <paramref name="descending"/> (001's <c>ordering</c>, always sent).</summary>
    /// <exception cref="ArgumentException">No user id, or an empty id.</exception>
    public PagedListing<ChatReplySuggestion> List(ReplySuggestionTarget target, bool descending = false)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(target, nameof(target));
        var (path, user) = Path(target, target.MessageId is not null);
        var uri = _connection.ApiUri(path + (descending ? "?ordering=-created_at" : "?ordering=created_at"));
        return new PagedListing<ChatReplySuggestion>(_connection.Transport, uri, GiosgJsonContext.Default.ApiPageChatReplySuggestion, annotate: suggestion => Annotate(suggestion, user, target.Routed));
    }

    /// <summary>Adds a suggestion to the message (POST, 201). Sent once and never retried: a repeat would add a second suggestion.</summary>
    /// <exception cref="ArgumentException">No message id, an empty id or suggestion, or a score outside 0..1.</exception>
    /// <exception cref="Errors.GiosgApiException">The API refused (404 for an unknown chat or message, or a user who is not a member) or failed.</exception>
    public async Task<ChatReplySuggestion> AddAsync(ReplySuggestionTarget target, string suggestion, double? relevancyScore = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(target, nameof(target));
        if (string.IsNullOrWhiteSpace(suggestion))
        {
            throw new ArgumentException("The suggestion is empty.", nameof(suggestion));
        }

        var (path, user) = Path(target, requireMessage: true);
        var request = ApiRequest.Post(_connection.ApiUri(path), new ReplySuggestionBody(suggestion, Score(relevancyScore)), GiosgJsonContext.Default.ReplySuggestionBody, idempotent: false);
        var added = (await _connection.Transport.SendForJsonAsync(request, GiosgJsonContext.Default.ChatReplySuggestion, cancellationToken).ConfigureAwait(false)).Value;
        return Annotate(added, user, target.Routed);
    }

    /// <summary>Updates a suggestion's text or score (PATCH of the given attributes; the same body twice gives the same suggestion, so it is retried).</summary>
    /// <exception cref="ArgumentException">Nothing to change, no message id, an empty id, or a score outside 0..1.</exception>
    /// <exception cref="Errors.GiosgApiException">The API refused (404 for an unknown chat, message or suggestion) or failed.</exception>
    public async Task<ChatReplySuggestion> UpdateAsync(ReplySuggestionTarget target, string suggestionId, string? suggestion, double? relevancyScore, CancellationToken cancellationToken = default)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(target, nameof(target));
        if (string.IsNullOrWhiteSpace(suggestionId))
        {
            throw new ArgumentException("The reply suggestion id is empty.", nameof(suggestionId));
        }

        if (suggestion is null && relevancyScore is null || suggestion is not null && string.IsNullOrWhiteSpace(suggestion))
        {
            throw new ArgumentException("Give a non-empty suggestion, a relevancy score, or both.");
        }

        var (path, user) = Path(target, requireMessage: true);
        var uri = _connection.ApiUri(path + "/" + Uri.EscapeDataString(suggestionId));
        var request = ApiRequest.PatchState(uri, new ReplySuggestionBody(suggestion, Score(relevancyScore)), GiosgJsonContext.Default.ReplySuggestionBody);
        var updated = (await _connection.Transport.SendForJsonAsync(request, GiosgJsonContext.Default.ChatReplySuggestion, cancellationToken).ConfigureAwait(false)).Value;
        return Annotate(updated, user, target.Routed);
    }

    private (string Path, Guid User) Path(ReplySuggestionTarget target, bool requireMessage)
    {
        var user = EmptyIdException.Check(
            target.UserId ?? _connection.UserId ?? throw new ArgumentException(
                "A user id is needed for reply suggestions: pass -UserId, or connect with Connect-Giosg -UserId."),
            "user id");
        var path = $"api/v5/users/{user:D}/{(target.Routed ? "routed_chats" : "chats")}/{EmptyIdException.Check(target.ChatId, "chat id"):D}";
        if (target.MessageId is { } message)
        {
            path += $"/messages/{EmptyIdException.Check(message, "message id"):D}";
        }
        else if (requireMessage)
        {
            throw new ArgumentException("Reply suggestions are added and updated per message: give a message id.");
        }

        return (path + "/reply_suggestions", user);
    }

    private static double? Score(double? score) =>
        score is null or (>= 0 and <= 1) ? score : throw new ArgumentException($"The relevancy score {score} is not between 0 and 1.");

    private static ChatReplySuggestion Annotate(ChatReplySuggestion suggestion, Guid user, bool routed)
    {
        suggestion.UserId = user;
        suggestion.Routed = routed;
        return suggestion;
    }
}
