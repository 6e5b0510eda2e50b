using System.Net;
using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

/// <summary>Which chats each path family reaches, for every sub-resource of a chat.</summary>
[Collection(SharedSimulatorGroup.Name)]
public sealed class ChatSubresourceAccessTests(SharedSimulator shared)
{
    private readonly ApiClient _api = shared.Api;

    public static TheoryData<string> Subresources() => ["messages", "memberships", "tags", "allowed_tags"];

    [Theory]
    [MemberData(nameof(Subresources))]
    public async Task Each_family_serves_its_own_chats(string subresource)
    {
        var owned = shared.Data.OwnedChats[0];
        var routedOnly = shared.Data.Chats.First(chat => chat.Room.IsShared);
        var involved = shared.Data.InvolvedChats[0];
        var member = Member();

        await _api.GetJsonAsync(_api.Org($"owned_chats/{owned.Id}/{subresource}"));
        await _api.GetJsonAsync(_api.Org($"routed_chats/{routedOnly.Id}/{subresource}"));
        await _api.GetJsonAsync(_api.Org($"involved_chats/{involved.Id}/{subresource}"));
        await _api.GetJsonAsync(_api.User($"chats/{member.Id}/{subresource}"));
    }

    [Theory]
    [MemberData(nameof(Subresources))]
    public async Task A_chat_outside_the_family_is_404(string subresource)
    {
        var sharedRoomChat = shared.Data.Chats.First(chat => chat.Room.IsShared);
        var notInvolved = shared.Data.Chats.First(chat => chat.UserMembers.All(user => user.OrganizationId != shared.Data.OrganizationId));

        var errors = new[]
        {
            await _api.GetJsonAsync(_api.Org($"owned_chats/{sharedRoomChat.Id}/{subresource}"), HttpStatusCode.NotFound),
            await _api.GetJsonAsync(_api.Org($"involved_chats/{notInvolved.Id}/{subresource}"), HttpStatusCode.NotFound),
            await _api.GetJsonAsync(_api.Org($"routed_chats/{Guid.NewGuid()}/{subresource}"), HttpStatusCode.NotFound),
        };

        Assert.All(errors, error => Assert.Equal("""{"detail":"Not found."}""", error.ToJsonString()));
    }

    [Theory]
    [MemberData(nameof(Subresources))]
    public async Task The_users_family_is_404_unless_the_user_is_a_member(string subresource)
    {
        var stranger = shared.Data.Chats.First(chat => chat.UserMembers.All(user => user.Id != shared.Simulator.UserId));

        var error = await _api.GetJsonAsync(_api.User($"chats/{stranger.Id}/{subresource}"), HttpStatusCode.NotFound);

        Assert.Equal("Not found.", (string?)error["detail"]);
    }

    [Theory]
    [InlineData("messages")]
    [InlineData("memberships")]
    public async Task A_users_routed_chats_serve_messages_and_memberships_of_any_chat(string subresource)
    {
        var stranger = shared.Data.Chats.First(chat => chat.UserMembers.All(user => user.Id != shared.Simulator.UserId));

        var page = await _api.GetJsonAsync(_api.User($"routed_chats/{stranger.Id}/{subresource}"));

        Assert.NotNull(page["results"]);
    }

    [Theory]
    [MemberData(nameof(Subresources))]
    public async Task Another_organization_or_user_is_403(string subresource)
    {
        var chat = Member();

        await _api.GetJsonAsync($"api/v5/orgs/{Guid.NewGuid()}/owned_chats/{chat.Id}/{subresource}", HttpStatusCode.Forbidden);
        await _api.GetJsonAsync($"api/v5/users/{shared.Data.Users[1].Id}/chats/{chat.Id}/{subresource}", HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Subresources))]
    public async Task A_garbage_cursor_is_400_naming_it(string subresource)
    {
        var error = await _api.GetJsonAsync(_api.Org($"owned_chats/{shared.Data.OwnedChats[0].Id}/{subresource}?cursor=garbage"), HttpStatusCode.BadRequest);

        Assert.NotNull(error["cursor"]);
    }

    [Fact]
    public async Task Sub_resources_need_the_token()
    {
        using var http = new HttpClient { BaseAddress = shared.Simulator.BaseUri };

        using var response = await http.GetAsync(_api.Org($"owned_chats/{shared.Data.OwnedChats[0].Id}/messages"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private SimChat Member() => shared.Data.Chats.First(chat => chat.UserMembers.Any(user => user.Id == shared.Simulator.UserId));
}
