using System.Globalization;
using Giosg.Client.Connections;
using Giosg.Client.Json;
using Giosg.Client.Paging;

namespace Giosg.Client.Chats;

/// <summary>Chats of the Chats API v5 (001) and the older organization collection (003).</summary>
public sealed class ChatsClient
{
    /// <summary>The largest page the organization collection serves (003).</summary>
    public const int MaxLegacyPageSize = 100;

    private readonly GiosgConnection _connection;

    private readonly ChatStarter _starter;

    internal ChatsClient(GiosgConnection connection)
    {
        _connection = connection;
        _starter = new ChatStarter(connection);
    }

    /// <summary>Starts an empty chat of the user (001 <c>POST users/&lt;user&gt;/chats</c>), for other users to join. Sent once, never retried.</summary>
    /// <param name="userId">The user; null for the connection's user.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <exception cref="ArgumentException">No user id, or an empty one.</exception>
    /// <exception cref="ChatStartUncertainException">The request went out but its answer was lost: the chat may exist.</exception>
    /// <exception cref="Errors.GiosgApiException">The API refused the start.</exception>
    public Task<ChatStart> StartEmptyAsync(Guid? userId = null, CancellationToken cancellationToken = default) =>
        _starter.StartEmptyAsync(userId, cancellationToken);

    /// <summary>
    /// Starts the user's chat with a visitor in a room (001 <c>POST users/&lt;user&gt;/rooms/&lt;room&gt;/visitors/&lt;visitor&gt;/chats</c>).
    /// The API may return a recent chat the user can join instead (<see cref="ChatStart.Created"/> false). Sent once, never retried.
    /// </summary>
    /// <exception cref="ArgumentException">An empty id, or no user id.</exception>
    /// <exception cref="ChatStartUncertainException">The request went out but its answer was lost: the chat may exist.</exception>
    /// <exception cref="Errors.GiosgApiException">The API refused the start (409 when someone else has a chat with the visitor).</exception>
    public Task<ChatStart> StartWithVisitorAsync(Guid roomId, string visitorId, Guid? userId = null, CancellationToken cancellationToken = default) =>
        _starter.StartWithVisitorAsync(roomId, visitorId, userId, cancellationToken);

    /// <summary>
    /// Starts a chat with a visitor in one of the organization's rooms (004 <c>POST orgs/&lt;org&gt;/rooms/&lt;room&gt;/visitors/&lt;visitor&gt;/chats</c>);
    /// with <paramref name="autoResumeUserId"/>, a recent chat that user can join is resumed instead. Sent once, never retried.
    /// </summary>
    /// <exception cref="ArgumentException">An empty id.</exception>
    /// <exception cref="ChatStartUncertainException">The request went out but its answer was lost: the chat may exist.</exception>
    /// <exception cref="Errors.GiosgApiException">The API refused the start.</exception>
    public Task<ChatStart> StartInRoomAsync(Guid roomId, string visitorId, Guid? autoResumeUserId = null, CancellationToken cancellationToken = default) =>
        _starter.StartInRoomAsync(roomId, visitorId, autoResumeUserId, cancellationToken);

    /// <summary>
    /// Lists chats lazily. Nothing is sent until the listing is enumerated; each page streams out
    /// as it arrives.
    /// </summary>
    /// <exception cref="ArgumentException">The request combines options no endpoint serves, or has contradictory values.</exception>
    public PagedListing<Chat> List(ChatListRequest request)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(request, nameof(request));
        var collection = ChatCollection.Resolve(request, _connection);
        var query = ChatQuery.Build(request, collection);
        return new PagedListing<Chat>(
            _connection.Transport,
            _connection.ApiUri(collection.Path + query.QueryString),
            GiosgJsonContext.Default.ApiPageChat,
            query.ClientFilter,
            chat =>
            {
                chat.Scope = collection.Family;
                chat.UserId = collection.UserId;
            });
    }

    /// <summary>Retrieves one chat through the detail endpoint of <paramref name="scope"/>.</summary>
    /// <exception cref="ArgumentException">The scope has no documented detail endpoint.</exception>
    /// <exception cref="Errors.GiosgApiException">The API refused or failed the request (404 when the chat does not exist).</exception>
    public Task<Chat> GetAsync(Guid chatId, ChatScope scope, CancellationToken cancellationToken = default) =>
        GetAsync(chatId, scope, null, cancellationToken);

    /// <summary>Retrieves one chat through the detail endpoint of <paramref name="scope"/>; <paramref name="userId"/> is the user of <see cref="ChatScope.UserRouted"/> (null: the connection's).</summary>
    /// <exception cref="ArgumentException">The scope has no documented detail endpoint, or a user is needed and none is known.</exception>
    /// <exception cref="Errors.GiosgApiException">The API refused or failed the request (404 when the chat does not exist).</exception>
    public async Task<Chat> GetAsync(Guid chatId, ChatScope scope, Guid? userId, CancellationToken cancellationToken)
    {
        var uri = _connection.ApiUri(ChatCollection.DetailPath(chatId, scope, _connection, userId));
        var chat = await _connection.Transport.GetJsonAsync(uri, GiosgJsonContext.Default.Chat, cancellationToken).ConfigureAwait(false);
        chat.Scope = scope;
        if (scope == ChatScope.UserRouted)
        {
            chat.UserId = userId ?? _connection.UserId;
        }

        return chat;
    }

    /// <summary>Ends the chat (<c>PATCH {"is_ended": true}</c>). Ending is permanent; ending an ended chat is harmless.</summary>
    /// <returns>The chat as the API returns it after the change.</returns>
    /// <exception cref="ArgumentException">The chat was read through a family that cannot change it.</exception>
    /// <exception cref="Errors.GiosgApiException">The API refused or failed.</exception>
    public Task<Chat> EndAsync(ChatReference chat, CancellationToken cancellationToken = default) =>
        ChangeAsync(chat, new ChatStateChange { IsEnded = true }, cancellationToken);

    /// <summary>
    /// Ends the chat, treating "already ended" as done: some APIs answer 400 to ending an ended chat (001
    /// lists 400 among the answers), so on a 400 the chat is read again, and if it has ended that is
    /// <see cref="ChatEnding.AlreadyEnded"/>, not an error. Any other 400 is the API's error.
    /// </summary>
    /// <exception cref="ArgumentException">The chat was read through a family that cannot change it.</exception>
    /// <exception cref="Errors.GiosgApiException">The API refused or failed (the original 400 when the chat is still open).</exception>
    public async Task<ChatEnding> EndOrFindEndedAsync(ChatReference chat, CancellationToken cancellationToken = default)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(chat, nameof(chat));
        Errors.GiosgApiException refused;
        try
        {
            return new ChatEnding(await EndAsync(chat, cancellationToken).ConfigureAwait(false), AlreadyEnded: false);
        }
        catch (Errors.GiosgApiException exception) when (exception.StatusCode == System.Net.HttpStatusCode.BadRequest)
        {
            refused = exception;
        }

        var current = await GetAsync(chat.ChatId, chat.Scope, chat.UserId, cancellationToken).ConfigureAwait(false);
        if (!current.IsEnded)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(refused).Throw();
        }

        current.UserId = chat.UserId;
        return new ChatEnding(current, AlreadyEnded: true);
    }

    /// <summary>Marks the chat as not waiting (<c>PATCH {"is_waiting": false}</c>); the API answers 400 for an ended chat.</summary>
    /// <exception cref="ArgumentException">The chat was read through a family that cannot change it.</exception>
    /// <exception cref="Errors.GiosgApiException">The API refused or failed.</exception>
    public Task<Chat> StopWaitingAsync(ChatReference chat, CancellationToken cancellationToken = default) =>
        ChangeAsync(chat, new ChatStateChange { IsWaiting = false }, cancellationToken);

    private async Task<Chat> ChangeAsync(ChatReference chat, ChatStateChange change, CancellationToken cancellationToken)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(chat, nameof(chat));
        var uri = _connection.ApiUri(ChatPaths.Changeable(chat, _connection));
        var request = Http.ApiRequest.PatchState(uri, change, GiosgJsonContext.Default.ChatStateChange);
        var updated = (await _connection.Transport.SendForJsonAsync(request, GiosgJsonContext.Default.Chat, cancellationToken).ConfigureAwait(false)).Value;
        updated.Scope = chat.Scope;
        updated.UserId = chat.UserId;
        return updated;
    }

    /// <summary>
    /// Lists the organization's chats through the older page-numbered collection (003), with
    /// their messages and tags embedded.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is not between 1 and 100.</exception>
    public PagedListing<LegacyChat> ListLegacy(int pageSize = MaxLegacyPageSize)
    {
        if (pageSize is < 1 or > MaxLegacyPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"The page size must be between 1 and {MaxLegacyPageSize}.");
        }

        var path = $"api/v5/orgs/{_connection.OrganizationId:D}/chats?page_size=" + pageSize.ToString(CultureInfo.InvariantCulture);
        return new PagedListing<LegacyChat>(_connection.Transport, _connection.ApiUri(path), GiosgJsonContext.Default.ApiPageLegacyChat);
    }

    /// <summary>
    /// Lists the organization's chats with their transcripts (messages, tags, shopping carts, API data)
    /// through the older page-numbered collection (003), with its documented filters, lazily.
    /// </summary>
    /// <exception cref="ArgumentException">A filter value out of range or contradicting another.</exception>
    public PagedListing<LegacyChat> ListTranscripts(TranscriptListRequest request)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(request, nameof(request));
        return new PagedListing<LegacyChat>(_connection.Transport, TranscriptUri(request), GiosgJsonContext.Default.ApiPageLegacyChat, request.ClientFilter);
    }

    /// <summary>
    /// Prepares an export of every ended chat to a file (JSONL or CSV) that continues where the file ends:
    /// nothing is sent until <see cref="Export.ChatExport.RunAsync"/> is enumerated.
    /// </summary>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    public Export.ChatExport Export(Export.ChatExportRequest request)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(request, nameof(request));
        if (string.IsNullOrWhiteSpace(request.Path))
        {
            throw new ArgumentException("The export path is empty.", nameof(request));
        }

        return new Export.ChatExport(_connection, this, request);
    }

    /// <summary>The first page's URL of <paramref name="request"/>.</summary>
    internal Uri TranscriptUri(TranscriptListRequest request) =>
        _connection.ApiUri($"api/v5/orgs/{_connection.OrganizationId:D}/chats" + request.ToQueryString());
}
