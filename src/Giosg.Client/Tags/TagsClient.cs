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

    /// <summary>Tags the chat; the API answers 200 when the chat already had the tag and 201 when it is new.</summary>
    /// <exception cref="ArgumentException">The name is empty or whitespace.</exception>
    /// <exception cref="Errors.GiosgApiException">The API refused (404 for an unknown chat; 400 for a bad name, or for an ended chat if the API refuses those) or failed.</exception>
    public async Task<TagChange> AddAsync(ChatReference chat, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(chat, nameof(chat));
        var tagName = RequireName(name);
        var uri = _connection.ApiUri(ChatPaths.Of(chat, _connection) + "/tags");
        // The API answers 200 for a tag the chat has already, so a repeated POST is harmless.
        var request = ApiRequest.Post(uri, new TagName(tagName), GiosgJsonContext.Default.TagName, idempotent: true);
        var response = await _connection.Transport.SendForJsonAsync(request, GiosgJsonContext.Default.ChatTag, cancellationToken).ConfigureAwait(false);
        Annotate(response.Value, chat);
        var outcome = response.Status == HttpStatusCode.Created ? TagChangeOutcome.Added : TagChangeOutcome.AlreadyPresent;
        return new TagChange(chat.ChatId, tagName, outcome, response.Value);
    }

    /// <summary>Removes a tag from the chat. The name travels as one URL-encoded path segment.</summary>
    /// <exception cref="ArgumentException">The name is empty or whitespace.</exception>
    /// <exception cref="Errors.GiosgApiException">The API refused (404 for an unknown chat or tag) or failed.</exception>
    public async Task<TagChange> RemoveAsync(ChatReference chat, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(chat, nameof(chat));
        var tagName = RequireName(name);
        var uri = _connection.ApiUri(ChatPaths.Of(chat, _connection) + "/tags/" + Uri.EscapeDataString(tagName));
        await _connection.Transport.SendWithoutResultAsync(ApiRequest.Delete(uri), cancellationToken).ConfigureAwait(false);
        return new TagChange(chat.ChatId, tagName, TagChangeOutcome.Removed, null);
    }

    private PagedListing<ChatTag> Listing(ChatReference chat, string resource)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(chat, nameof(chat));
        var uri = _connection.ApiUri(ChatPaths.Of(chat, _connection) + resource);
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
