using System.Net;
using Giosg.Client.Chats;
using Giosg.Client.Connections;
using Giosg.Client.Http;
using Giosg.Client.Json;
using Giosg.Client.Paging;

namespace Giosg.Client.Tags;

/// <summary>A chat's tags and its room's allowed tags, through the chat's endpoint family.</summary>
public sealed class TagsClient
{
    private readonly GiosgConnection _connection;

    internal TagsClient(GiosgConnection connection) => _connection = connection;

    /// <summary>Lists the chat's tags lazily.</summary>
    public PagedListing<ChatTag> List(ChatReference chat) => Listing(chat, "/tags");

    /// <summary>Lists the tags the chat's room allows, lazily.</summary>
    public PagedListing<ChatTag> ListAllowed(ChatReference chat) => Listing(chat, "/allowed_tags");

    /// <summary>
    /// Tags the chat. 201 is <see cref="TagChangeOutcome.Added"/>; 200 is <see cref="TagChangeOutcome.Added"/>
    /// after a retry (the attempt whose answer was lost added it) and otherwise <see cref="TagChangeOutcome.Present"/>,
    /// because 001's 200 ("an existing tag was found with given name") does not prove the chat had the tag.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty or whitespace.</exception>
    /// <exception cref="Errors.GiosgApiException">The API refused (404 for an unknown chat; 400 for a bad name, or for an ended chat if the API refuses those) or failed.</exception>
    public Task<TagChange> AddAsync(ChatReference chat, string name, CancellationToken cancellationToken = default) =>
        AddAsync(chat, name, checkFirst: false, cancellationToken);

    /// <summary>
    /// Tags the chat; with <paramref name="checkFirst"/>, reads the chat's tags first, so the result is
    /// <see cref="TagChangeOutcome.AlreadyPresent"/> (and nothing is written) or <see cref="TagChangeOutcome.Added"/>, never the
    /// undecided <see cref="TagChangeOutcome.Present"/>. The check costs one listing of the chat's tags.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty or whitespace.</exception>
    /// <exception cref="Errors.GiosgApiException">The API refused (404 for an unknown chat; 400 for a bad name, or for an ended chat if the API refuses those) or failed.</exception>
    public async Task<TagChange> AddAsync(ChatReference chat, string name, bool checkFirst, CancellationToken cancellationToken = default)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(chat, nameof(chat));
        var tagName = RequireName(name);
        if (checkFirst && await FindAsync(chat, tagName, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return new TagChange(chat.ChatId, tagName, TagChangeOutcome.AlreadyPresent, existing);
        }

        var uri = _connection.ApiUri(ChatPaths.ForTags(chat, _connection) + "/tags");
        // A POST the API answers 200 for when the tag exists already, so a repeat is harmless.
        var request = ApiRequest.Post(uri, new TagName(tagName), GiosgJsonContext.Default.TagName, idempotent: true);
        var response = await _connection.Transport.SendForJsonAsync(request, GiosgJsonContext.Default.ChatTag, cancellationToken).ConfigureAwait(false);
        Annotate(response.Value, chat);
        var outcome = response.Status == HttpStatusCode.Created || response.Attempts > 1 || checkFirst
            ? TagChangeOutcome.Added
            : TagChangeOutcome.Present;
        return new TagChange(chat.ChatId, tagName, outcome, response.Value);
    }

    /// <summary>
    /// Removes a tag from the chat. The name travels as one URL-encoded path segment. A 404 to a
    /// retried DELETE is checked against the chat's tags: when the chat is there without the tag, the
    /// attempt whose answer was lost removed it, and the result is <see cref="TagChangeOutcome.Removed"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty or whitespace, or cannot travel in a URL path on this runtime.</exception>
    /// <exception cref="Errors.GiosgApiException">The API refused (404 for an unknown chat or tag) or failed.</exception>
    public async Task<TagChange> RemoveAsync(ChatReference chat, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(chat, nameof(chat));
        var tagName = RequireName(name);
        var uri = TagUri.Build(_connection.ApiUri(ChatPaths.ForTags(chat, _connection) + "/tags/"), tagName);
        try
        {
            await _connection.Transport.SendWithoutResultAsync(ApiRequest.Delete(uri), cancellationToken).ConfigureAwait(false);
        }
        catch (Errors.GiosgApiException exception) when (exception is { Kind: Errors.GiosgErrorKind.NotFound, Attempts: > 1 })
        {
            // 001 gives 404 for an unknown chat; the simulator (and perhaps the API) also for a tag the
            // chat lacks. Only the chat's tags can tell which one this is.
            if (!await IsGoneFromExistingChatAsync(chat, tagName, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }
        }

        return new TagChange(chat.ChatId, tagName, TagChangeOutcome.Removed, null);
    }

    private async Task<ChatTag?> FindAsync(ChatReference chat, string name, CancellationToken cancellationToken)
    {
        await foreach (var tag in List(chat).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(tag.Name, name, StringComparison.Ordinal))
            {
                return tag;
            }
        }

        return null;
    }

    private async Task<bool> IsGoneFromExistingChatAsync(ChatReference chat, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await FindAsync(chat, name, cancellationToken).ConfigureAwait(false) is null;
        }
        catch (Errors.GiosgApiException exception) when (exception.Kind == Errors.GiosgErrorKind.NotFound)
        {
            return false;
        }
    }

    private PagedListing<ChatTag> Listing(ChatReference chat, string resource)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(chat, nameof(chat));
        var uri = _connection.ApiUri(ChatPaths.ForTags(chat, _connection) + resource);
        return new PagedListing<ChatTag>(_connection.Transport, uri, GiosgJsonContext.Default.ApiPageChatTag, annotate: tag => Annotate(tag, chat));
    }

    private static void Annotate(ChatTag tag, ChatReference chat)
    {
        tag.ChatId = chat.ChatId;
        tag.Scope = chat.Scope;
        tag.UserId = chat.UserId;
    }

    private static string RequireName(string name) =>
        string.IsNullOrWhiteSpace(name)
            ? throw new ArgumentException("A tag name is empty or whitespace; give the tag's visible name, e.g. 'Lead'.")
            : name;
}
