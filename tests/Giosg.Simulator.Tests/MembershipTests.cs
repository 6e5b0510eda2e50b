using System.Text.Json.Nodes;
using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

public sealed class MembershipTests : OwnSimulator
{
    /// <summary>The attribute table of chat memberships, deprecated <c>legacy_member_id</c> included.</summary>
    private static readonly string[] DocumentedAttributes =
    [
        "member_id", "member_type", "member_name", "member_public_name", "member_avatar", "member_organization_id",
        "room_id", "room_organization_id", "chat_id", "created_at", "last_seen_at", "updated_at", "chat_created_at",
        "message_count", "is_bot", "is_user_deleted", "is_participating", "is_present", "composing_status", "legacy_member_id",
    ];

    [Fact]
    public async Task There_is_one_membership_per_user_member_and_one_for_the_visitor()
    {
        foreach (var chat in Sample())
        {
            var members = await Memberships(chat);

            var users = members.Where(member => (string?)member["member_type"] == "user").ToList();
            var visitors = members.Where(member => (string?)member["member_type"] == "visitor").ToList();
            Assert.Equal(chat.UserMembers.Select(user => user.Id), users.Select(user => user.Id("member_id")));
            Assert.Equal(chat.VisitorId is null ? [] : [chat.VisitorId], visitors.Select(visitor => (string?)visitor["member_id"]));
            Assert.All(users, user => Assert.Equal(chat.UserMembers.Single(u => u.Id == user.Id("member_id")).OrganizationId, user.Id("member_organization_id")));
            Assert.All(visitors, visitor => Assert.Null(visitor["member_organization_id"]));
        }
    }

    [Fact]
    public async Task Memberships_agree_with_the_chats_counts_and_presence()
    {
        foreach (var chat in Sample())
        {
            var members = await Memberships(chat);
            var attributes = await Api.GetJsonAsync(Api.Org($"routed_chats/{chat.Id}"));

            Assert.Equal((int)attributes["member_count"]!, members.Count);
            Assert.Equal((int)attributes["user_member_count"]!, Count(members, "user"));
            Assert.Equal((int)attributes["visitor_member_count"]!, Count(members, "visitor"));
            Assert.Equal(chat.UserMessageCount, Sum(members, "user", "message_count"));
            Assert.Equal(chat.VisitorMessageCount, Sum(members, "visitor", "message_count"));
            Assert.Equal((int)attributes["present_user_participant_count"]!, members.Count(member => (string?)member["member_type"] == "user" && (bool)member["is_present"]!));
            Assert.Equal((int)attributes["present_visitor_participant_count"]!, members.Count(member => (string?)member["member_type"] == "visitor" && (bool)member["is_present"]!));
            Assert.All(members, member =>
            {
                Assert.Equal(chat.CreatedAt, member.Time("chat_created_at"));
                Assert.InRange(member.Time("created_at"), chat.CreatedAt, chat.UpdatedAt);
                Assert.InRange(member.Time("last_seen_at"), member.Time("created_at"), member.Time("updated_at"));
                Assert.True(!(bool)member["is_present"]! || (bool)member["is_participating"]!, "present without participating");
                Assert.Contains((string?)member["composing_status"], new[] { "idle", "typing", "typed" });
            });
        }
    }

    [Fact]
    public async Task Memberships_carry_every_documented_attribute()
    {
        var chat = Simulator.Data.OwnedChats.First(chat => chat.VisitorId is not null && chat.UserMembers.Count == 2);

        var members = await Memberships(chat);

        Assert.Equal(3, members.Count);
        Assert.All(members, member => Assert.All(DocumentedAttributes, name => Assert.True(member.AsObject().ContainsKey(name), $"missing {name}")));
        Assert.Equal(members.OrderBy(member => member.Time("created_at")).Select(member => member["member_id"]!.ToString()), members.Select(member => member["member_id"]!.ToString()));
    }

    [Fact]
    public async Task Ending_a_chat_leaves_nobody_participating_or_present()
    {
        var chat = Simulator.Data.OwnedChats.First(chat => !chat.IsEnded && chat.VisitorId is not null && chat.UserMembers.Count > 0);
        Simulator.Clock.Now = SharedSimulator.Now.AddMinutes(3);

        await Api.SendJsonAsync(HttpMethod.Patch, Api.Org($"owned_chats/{chat.Id}"), """{"is_ended": true}""");
        var members = await Memberships(chat);

        Assert.All(members, member =>
        {
            Assert.False((bool)member["is_participating"]!);
            Assert.False((bool)member["is_present"]!);
            Assert.Equal("idle", (string?)member["composing_status"]);
            Assert.Equal(SharedSimulator.Now.AddMinutes(3), member.Time("updated_at"));
        });
    }

    private IEnumerable<SimChat> Sample() =>
        Simulator.Data.Chats.Where(chat => !chat.IsEnded).Take(30).Concat(Simulator.Data.Chats.Where(chat => chat.IsEnded).Take(30));

    private Task<List<JsonNode>> Memberships(SimChat chat) => Api.ListAllAsync(Api.Org($"routed_chats/{chat.Id}/memberships"));

    private static int Count(List<JsonNode> members, string type) => members.Count(member => (string?)member["member_type"] == type);

    private static int Sum(List<JsonNode> members, string type, string name) =>
        members.Where(member => (string?)member["member_type"] == type).Sum(member => (int)member[name]!);
}
