using Giosg.Client.Chats;
using Giosg.Client.Connections;

namespace Giosg.Client.Tests.Chats;

public sealed class ChatRequestValidationTests
{
    private static readonly Guid Org = Guid.Parse("7f9e9580-095b-42c7-838c-c04e667b26f7");

    private static GiosgConnection Connection(Guid? userId = null)
    {
        Assert.True(ApiToken.TryCreate("t0ken", out var token, out _));
        return new GiosgConnection(token, new GiosgConnectionOptions { OrganizationId = Org, UserId = userId });
    }

    private static string FirstPage(ChatListRequest request, Guid? userId = null)
    {
        using var connection = Connection(userId);
        return new GiosgClient(connection).Chats.List(request).FirstPage.PathAndQuery;
    }

    [Fact]
    public void Documented_filters_become_query_parameters_with_utc_times()
    {
        var path = FirstPage(new ChatListRequest
        {
            IsEnded = false,
            IsWaiting = true,
            HasMessages = true,
            HasUserMessages = false,
            HasVisitorMessages = true,
            CreatedAfter = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)),
            Descending = true,
        });

        Assert.Equal(
            $"/api/v5/orgs/{Org:D}/owned_chats?ordering=-created_at&is_ended=false&is_waiting=true&has_messages=true&has_user_messages=false&has_visitor_messages=true&created_at_after=2026-01-02T01%3A04%3A05.0000000Z",
            path);
    }

    [Theory]
    [InlineData(ChatScope.Owned, "owned_chats")]
    [InlineData(ChatScope.Routed, "routed_chats")]
    [InlineData(ChatScope.Involved, "involved_chats")]
    public void Each_organization_scope_lists_its_own_endpoint(ChatScope scope, string collection) =>
        Assert.Equal($"/api/v5/orgs/{Org:D}/{collection}?ordering=created_at", FirstPage(new ChatListRequest { Scope = scope }));

    [Fact]
    public void Room_visitor_and_pending_requests_use_the_room_endpoints_with_the_visitor_id_encoded()
    {
        var room = Guid.NewGuid();
        Assert.Equal($"/api/v5/orgs/{Org:D}/rooms/{room:D}/chats?ordering=created_at", FirstPage(new ChatListRequest { RoomId = room }));
        Assert.Equal($"/api/v5/orgs/{Org:D}/rooms/{room:D}/pending_chats", FirstPage(new ChatListRequest { RoomId = room, Pending = true }));
        Assert.Equal($"/api/v5/orgs/{Org:D}/rooms/{room:D}/visitors/a%2Fb%20c/chats?ordering=created_at", FirstPage(new ChatListRequest { RoomId = room, VisitorId = "a/b c" }));
    }

    [Fact]
    public void User_scope_and_user_pending_use_the_connections_user_unless_one_is_given()
    {
        var connectionUser = Guid.NewGuid();
        var other = Guid.NewGuid();
        Assert.Equal($"/api/v5/users/{connectionUser:D}/chats?ordering=created_at", FirstPage(new ChatListRequest { Scope = ChatScope.User }, connectionUser));
        Assert.Equal($"/api/v5/users/{other:D}/chats?ordering=created_at", FirstPage(new ChatListRequest { Scope = ChatScope.User, UserId = other }, connectionUser));
        Assert.Equal($"/api/v5/users/{connectionUser:D}/pending_chats", FirstPage(new ChatListRequest { Pending = true }, connectionUser));
    }

    [Fact]
    public void User_scope_without_any_user_id_says_how_to_give_one()
    {
        var error = Assert.Throws<ArgumentException>(() => FirstPage(new ChatListRequest { Scope = ChatScope.User }));
        Assert.Contains("-UserId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_creation_window_that_cannot_match_is_refused()
    {
        var moment = DateTimeOffset.UtcNow;
        var error = Assert.Throws<ArgumentException>(() => FirstPage(new ChatListRequest { CreatedAfter = moment, CreatedBefore = moment.AddDays(-1) }));
        Assert.Contains("CreatedAfter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Visitor_without_room_and_room_with_another_scope_are_refused()
    {
        Assert.Throws<ArgumentException>(() => FirstPage(new ChatListRequest { VisitorId = "abc" }));
        Assert.Throws<ArgumentException>(() => FirstPage(new ChatListRequest { RoomId = Guid.NewGuid(), Scope = ChatScope.Routed }));
    }

    [Fact]
    public void Descending_pending_chats_are_refused_because_the_endpoint_has_no_ordering() =>
        Assert.Throws<ArgumentException>(() => FirstPage(new ChatListRequest { RoomId = Guid.NewGuid(), Pending = true, Descending = true }));

    [Fact]
    public void An_unknown_chat_type_names_the_documented_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => FirstPage(new ChatListRequest { ChatTypes = ["ghost"] }));
        Assert.Contains("external", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_user_chat_has_no_documented_detail_endpoint()
    {
        using var connection = Connection();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new GiosgClient(connection).Chats.GetAsync(Guid.NewGuid(), ChatScope.User));

        Assert.Contains("Scope Owned, Routed, Involved or UserRouted", error.Message, StringComparison.Ordinal);
    }
}
