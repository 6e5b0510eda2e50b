using Giosg.Client.Chats;
using Giosg.Client.Connections;
using Giosg.Client.Errors;
using Giosg.Client.Http;
using Giosg.Client.Json;
using Giosg.Client.Paging;

namespace Giosg.Client.ConversationStarters;

/// <summary>A user's conversation starters (001: <c>users/&lt;user&gt;/chat_conversation_starters[/&lt;language_code&gt;]</c>).</summary>
public sealed class ConversationStartersClient
{
    private readonly GiosgConnection _connection;

    internal ConversationStartersClient(GiosgConnection connection) => _connection = connection;

    /// <summary>Lists the user's starters lazily, oldest first (001's order).</summary>
    /// <exception cref="ArgumentException">No user id, or an empty one.</exception>
    public PagedListing<ConversationStarter> List(Guid? userId = null)
    {
        var user = User(userId);
        return new PagedListing<ConversationStarter>(_connection.Transport, _connection.ApiUri(Collection(user)),
            GiosgJsonContext.Default.ApiPageConversationStarter, annotate: starter => starter.UserId = user);
    }

    /// <summary>
    /// Sets the user's starter in a language, adding it when absent: a PATCH of the message (001's
    /// example; PATCH and PUT are both documented, and the code is in the path) and, on 404, a POST of
    /// both attributes. The PATCH is safe to repeat; the POST is sent once. When the POST's answer is lost,
    /// or it is refused because the starter appeared meanwhile, one more PATCH settles it.
    /// </summary>
    /// <exception cref="ArgumentException">No user id, an empty one, an empty message, or a code that is not RFC 3066.</exception>
    /// <exception cref="GiosgApiException">The API refused (400 for a language it does not support) or failed.</exception>
    public async Task<ConversationStarterChange> SetAsync(Guid? userId, string languageCode, string message, CancellationToken cancellationToken = default)
    {
        var user = User(userId);
        var code = LanguageCode.Normalize(languageCode);
        if (string.IsNullOrWhiteSpace(message))
        {
            throw new ArgumentException("The message is empty.", nameof(message));
        }

        if (await TryUpdateAsync(user, code, message, cancellationToken).ConfigureAwait(false) is { } updated)
        {
            return new ConversationStarterChange(updated, Created: false);
        }

        var post = ApiRequest.Post(_connection.ApiUri(Collection(user)), new ConversationStarterBody(code, message), GiosgJsonContext.Default.ConversationStarterBody, idempotent: false);
        try
        {
            var created = (await _connection.Transport.SendForJsonAsync(post, GiosgJsonContext.Default.ConversationStarter, cancellationToken).ConfigureAwait(false)).Value;
            created.UserId = user;
            return new ConversationStarterChange(created, Created: true);
        }
        catch (GiosgApiException exception) when (ChatStartUncertainException.Applies(exception) || exception.Kind == GiosgErrorKind.BadRequest)
        {
            // Lost answer: the POST may have added it. 400: perhaps "already has a starter with given
            // language_code" (someone added it meanwhile). Either way the PATCH now finds it, or the
            // original failure stands.
            if (await TryUpdateAsync(user, code, message, cancellationToken).ConfigureAwait(false) is { } settled)
            {
                return new ConversationStarterChange(settled, Created: exception.Kind != GiosgErrorKind.BadRequest);
            }

            throw;
        }
    }

    /// <summary>Removes the user's starter in a language (204). A 404 on a retried DELETE means the lost attempt removed it.</summary>
    /// <exception cref="ArgumentException">No user id, an empty one, or a code that is not RFC 3066.</exception>
    /// <exception cref="GiosgApiException">The API refused (404 when the user has no starter in that language) or failed.</exception>
    public async Task RemoveAsync(Guid? userId, string languageCode, CancellationToken cancellationToken = default)
    {
        var uri = _connection.ApiUri(Item(User(userId), LanguageCode.Normalize(languageCode)));
        try
        {
            await _connection.Transport.SendWithoutResultAsync(ApiRequest.Delete(uri), cancellationToken).ConfigureAwait(false);
        }
        catch (GiosgApiException exception) when (exception is { Kind: GiosgErrorKind.NotFound, Attempts: > 1 })
        {
            // The attempt whose answer was lost removed it.
        }
    }

    private async Task<ConversationStarter?> TryUpdateAsync(Guid user, string code, string message, CancellationToken cancellationToken)
    {
        var patch = ApiRequest.PatchState(_connection.ApiUri(Item(user, code)), new ConversationStarterBody(null, message), GiosgJsonContext.Default.ConversationStarterBody);
        try
        {
            var updated = (await _connection.Transport.SendForJsonAsync(patch, GiosgJsonContext.Default.ConversationStarter, cancellationToken).ConfigureAwait(false)).Value;
            updated.UserId = user;
            return updated;
        }
        catch (GiosgApiException exception) when (exception.Kind == GiosgErrorKind.NotFound)
        {
            return null;
        }
    }

    private static string Collection(Guid user) => $"api/v5/users/{user:D}/chat_conversation_starters";

    private static string Item(Guid user, string code) => Collection(user) + "/" + Uri.EscapeDataString(code);

    private Guid User(Guid? userId) =>
        EmptyIdException.Check(
            userId ?? _connection.UserId ?? throw new ArgumentException(
                "A user id is needed for conversation starters: pass -UserId, or connect with Connect-Giosg -UserId."),
            "user id");
}
