using System.Net;
using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

/// <summary>Messages and memberships as 001 documents their answers: the simulator's side of Send-GiosgChatMessage and the joins.</summary>
public sealed class ConversationWriteTests : OwnSimulator
{
    private const string Join = """{"is_participating": true, "composing_status": "idle"}""";
    private int _next;

    private SimChat Fresh() =>
        Simulator.Data.OwnedChats.Where(chat => !chat.IsEnded && chat.UserMembers.All(user => user.Id != Simulator.UserId)).Skip(_next++).First();

    private Task<System.Text.Json.Nodes.JsonNode> JoinAsync(SimChat chat, HttpStatusCode expected = HttpStatusCode.Created) =>
        Api.SendJsonAsync(HttpMethod.Post, Api.User($"routed_chats/{chat.Id}/memberships"), Join, expected);

    [Fact]
    public async Task A_message_needs_membership_then_is_200_and_listed_after_the_join()
    {
        var chat = Fresh();
        await Api.SendJsonAsync(HttpMethod.Post, Api.User($"chats/{chat.Id}/messages"), """{"message": "Hi"}""", HttpStatusCode.NotFound);

        await JoinAsync(chat);
        var sent = await Api.SendJsonAsync(HttpMethod.Post, Api.User($"chats/{chat.Id}/messages"), """{"message": "Hi"}""");

        Assert.Equal(("msg", "user", Simulator.UserId.ToString()), ((string?)sent["type"], (string?)sent["sender_type"], (string?)sent["sender_id"]));
        var listed = await Api.ListAllAsync(Api.Org($"owned_chats/{chat.Id}/messages"));
        Assert.Equal(["msg", "join"], listed.Take(2).Select(message => (string?)message["type"]));
        Assert.Equal(Simulator.Clock.Now, chat.UpdatedAt);
        Assert.Single(Simulator.Activity.SentMessages);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"message": ""}""")]
    [InlineData("""{"message": "x", "attachment_template": "carousel"}""")]
    [InlineData("""{"message": "x", "attachments": [{"link_target": "_blank"}]}""")]
    [InlineData("""{"message": "x", "attachment_template": "external", "attachments": [{"title": "no url"}]}""")]
    [InlineData("not json")]
    public async Task A_message_breaking_001s_rules_is_400(string body)
    {
        var chat = Fresh();
        await JoinAsync(chat);

        await Api.SendJsonAsync(HttpMethod.Post, Api.User($"chats/{chat.Id}/messages"), body, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_ended_chat_answers_409_to_a_message_404_to_a_join_and_400_to_a_membership_change()
    {
        var chat = Fresh();
        await JoinAsync(chat);
        Simulator.Data.EndChat(chat.Id);

        await Api.SendJsonAsync(HttpMethod.Post, Api.User($"chats/{chat.Id}/messages"), """{"message": "Hi"}""", HttpStatusCode.Conflict);
        await Api.SendJsonAsync(HttpMethod.Post, Api.Org($"owned_chats/{chat.Id}/memberships"), $$"""{"member_id": "{{Simulator.UserId}}", "is_participating": true, "composing_status": "idle"}""", HttpStatusCode.NotFound);
        await Api.SendJsonAsync(HttpMethod.Put, Api.User($"chat_memberships/{chat.Id}"), Join, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_organization_join_needs_a_member_and_answers_201_then_200()
    {
        var chat = Fresh();
        var path = Api.Org($"owned_chats/{chat.Id}/memberships");

        await Api.SendJsonAsync(HttpMethod.Post, path, Join, HttpStatusCode.BadRequest);
        var body = $$"""{"member_id": "{{Simulator.UserId}}", "is_participating": true, "composing_status": "idle"}""";
        await Api.SendJsonAsync(HttpMethod.Post, path, body, HttpStatusCode.Created);
        var again = await Api.SendJsonAsync(HttpMethod.Post, path, body);

        Assert.True((bool)again["is_participating"]!);
        Assert.Equal([true, false], Simulator.Activity.MembershipChanges.Select(change => change.Created));
    }

    [Fact]
    public async Task A_put_needs_both_attributes_a_patch_is_not_documented_and_a_leave_is_an_event()
    {
        var chat = Fresh();
        await JoinAsync(chat);

        await Api.SendJsonAsync(HttpMethod.Put, Api.User($"chat_memberships/{chat.Id}"), """{"is_participating": false}""", HttpStatusCode.BadRequest);
        await Api.SendJsonAsync(HttpMethod.Patch, Api.User($"chat_memberships/{chat.Id}"), """{"is_participating": false}""", HttpStatusCode.MethodNotAllowed);
        var left = await Api.SendJsonAsync(HttpMethod.Put, Api.User($"chat_memberships/{chat.Id}"), """{"is_participating": false, "composing_status": "idle"}""");

        Assert.False((bool)left["is_participating"]!);
        Assert.Equal("leave", (string?)(await Api.ListAllAsync(Api.Org($"owned_chats/{chat.Id}/messages")))[0]["type"]);
        var others = await Api.ListAllAsync(Api.User("chat_memberships?is_participating=false"));
        Assert.Contains(others, membership => membership.Id("chat_id") == chat.Id);
        Assert.All(others, membership => Assert.False((bool)membership["is_participating"]!));
    }

    [Fact]
    public async Task Memberships_of_another_user_are_403_and_of_a_chat_the_user_is_not_in_404()
    {
        var chat = Fresh();

        await Api.SendJsonAsync(HttpMethod.Put, $"api/v5/users/{Guid.NewGuid()}/chat_memberships/{chat.Id}", Join, HttpStatusCode.Forbidden);
        await Api.SendJsonAsync(HttpMethod.Put, Api.User($"chat_memberships/{chat.Id}"), Join, HttpStatusCode.NotFound);
        await Api.SendJsonAsync(HttpMethod.Post, Api.User($"pending_chats/{chat.Id}/memberships"), Join, chat.IsPending ? HttpStatusCode.Created : HttpStatusCode.NotFound);
    }
}
