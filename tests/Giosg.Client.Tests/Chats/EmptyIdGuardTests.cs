using Giosg.Client.Chats;
using Giosg.Client.Connections;
using Giosg.Testing;

namespace Giosg.Client.Tests.Chats;

/// <summary>
/// No request is ever built for 00000000-0000-0000-0000-000000000000: the id PowerShell produced
/// when it converted a plain object into an empty Chat, and Stop-GiosgChat sent as PATCH.
/// </summary>
public sealed class EmptyIdGuardTests : IDisposable
{
    private readonly CountingHandler _handler = new();
    private readonly GiosgConnection _connection;
    private readonly GiosgClient _client;

    public EmptyIdGuardTests()
    {
        Assert.True(ApiToken.TryCreate("t0ken", out var token, out _));
        _connection = new GiosgConnection(token, new GiosgConnectionOptions
        {
            OrganizationId = Guid.Parse("7f9e9580-095b-42c7-838c-c04e667b26f7"),
            BaseUri = new Uri("http://127.0.0.1:9/"),
            InnerHandler = _handler,
        });
        _client = new GiosgClient(_connection);
    }

    public static TheoryData<string> Operations() =>
        ["end", "stop waiting", "get", "tags", "allowed tags", "add tag", "remove tag", "messages", "memberships", "user chat", "empty user", "room listing", "user listing"];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task An_empty_id_is_an_EmptyIdException_naming_the_input_before_any_request(string operation)
    {
        var empty = new ChatReference(Guid.Empty);
        Func<Task> act = operation switch
        {
            "end" => () => _client.Chats.EndAsync(empty),
            "stop waiting" => () => _client.Chats.StopWaitingAsync(empty),
            "get" => () => _client.Chats.GetAsync(Guid.Empty, ChatScope.Owned),
            "tags" => () => Task.FromResult(_client.Tags.List(empty)),
            "allowed tags" => () => Task.FromResult(_client.Tags.ListAllowed(empty)),
            "add tag" => () => _client.Tags.AddAsync(empty, "Lead"),
            "remove tag" => () => _client.Tags.RemoveAsync(empty, "Lead"),
            "messages" => () => Task.FromResult(_client.Messages.List(empty)),
            "memberships" => () => Task.FromResult(_client.Memberships.List(empty)),
            "user chat" => () => Task.FromResult(_client.Tags.List(new ChatReference(Guid.Empty, ChatScope.User, Guid.NewGuid()))),
            "empty user" => () => Task.FromResult(_client.Tags.List(new ChatReference(Guid.NewGuid(), ChatScope.User, Guid.Empty))),
            "room listing" => () => Task.FromResult(_client.Chats.List(new ChatListRequest { RoomId = Guid.Empty })),
            _ => () => Task.FromResult(_client.Chats.List(new ChatListRequest { Scope = ChatScope.User, UserId = Guid.Empty })),
        };

        var error = await Assert.ThrowsAsync<EmptyIdException>(act);

        Assert.Contains("00000000-0000-0000-0000-000000000000", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(error.ParamName));
        Assert.Equal(0, _handler.Sent);
    }

    public void Dispose()
    {
        _connection.Dispose();
        _handler.Dispose();
    }
}
