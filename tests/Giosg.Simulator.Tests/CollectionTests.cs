using System.Net;
using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

[Collection(SharedSimulatorGroup.Name)]
public sealed class CollectionTests(SharedSimulator shared)
{
    private readonly ApiClient _api = shared.Api;
    private readonly SimulatorData _data = shared.Data;

    [Fact]
    public async Task Routed_chats_are_the_owned_chats_plus_the_shared_rooms_chats()
    {
        var owned = (await _api.ListAllAsync(_api.Org("owned_chats"))).Ids().ToHashSet();
        var routed = await _api.ListAllAsync(_api.Org("routed_chats"));

        Assert.Superset(owned, routed.Ids().ToHashSet());
        var extra = routed.Where(chat => !owned.Contains(chat.Id())).ToList();
        Assert.NotEmpty(extra);
        Assert.All(extra, chat => Assert.NotEqual(shared.Simulator.OrganizationId, chat.Id("room_organization_id")));
        Assert.All(routed.Where(chat => owned.Contains(chat.Id())), chat => Assert.Equal(shared.Simulator.OrganizationId, chat.Id("room_organization_id")));
    }

    [Fact]
    public async Task Involved_chats_are_those_with_a_user_member_from_the_organization()
    {
        var involved = await _api.ListAllAsync(_api.Org("involved_chats"));

        var expected = _data.Chats.Where(chat => chat.UserMembers.Any(user => user.OrganizationId == _data.OrganizationId));
        Assert.Equal(expected.Select(chat => chat.Id), involved.Ids());
        Assert.True(involved.Count < _data.Chats.Count);
    }

    [Fact]
    public async Task Room_chats_are_the_chats_of_that_room()
    {
        var room = _data.Rooms.First(room => !room.IsShared);

        var chats = await _api.ListAllAsync(_api.Org($"rooms/{room.Id}/chats"));

        Assert.Equal(_data.Chats.Where(chat => chat.RoomId == room.Id).Select(chat => chat.Id), chats.Ids());
        Assert.All(chats, chat => Assert.Equal(room.Name, (string?)chat["room_name"]));
    }

    [Fact]
    public async Task Shared_rooms_are_not_reachable_through_the_organizations_room_routes()
    {
        var shared = _data.Rooms.First(room => room.IsShared);

        await _api.GetJsonAsync(_api.Org($"rooms/{shared.Id}/chats"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Pending_chats_of_a_room_are_its_waiting_chats_without_a_present_user()
    {
        var room = _data.Rooms.First(room => _data.Chats.Any(chat => chat.RoomId == room.Id && chat.IsPending && !room.IsShared));

        var chats = await _api.ListAllAsync(_api.Org($"rooms/{room.Id}/pending_chats"));

        Assert.NotEmpty(chats);
        Assert.Equal(_data.Chats.Where(chat => chat.RoomId == room.Id && chat.IsPending).Select(chat => chat.Id), chats.Ids());
        Assert.All(chats, chat =>
        {
            Assert.True((bool)chat["is_waiting"]!);
            Assert.True((bool)chat["is_pending"]!);
            Assert.Equal(0, (int)chat["present_user_participant_count"]!);
        });
    }

    [Fact]
    public async Task Pending_chats_of_the_user_cover_every_routed_room()
    {
        var chats = await _api.ListAllAsync(_api.User("pending_chats"));

        Assert.Equal(_data.Chats.Where(chat => chat.IsPending).Select(chat => chat.Id), chats.Ids());
    }

    [Fact]
    public async Task User_chats_are_the_chats_the_user_is_a_member_of()
    {
        var chats = await _api.ListAllAsync(_api.User("chats"));

        var expected = _data.Chats.Where(chat => chat.UserMembers.Any(user => user.Id == shared.Simulator.UserId));
        Assert.Equal(expected.Select(chat => chat.Id), chats.Ids());
    }

    [Fact]
    public async Task User_routed_chats_are_every_routed_chat()
    {
        var chats = await _api.ListAllAsync(_api.User("routed_chats"));

        Assert.Equal(_data.Chats.Select(chat => chat.Id), chats.Ids());
    }

    [Fact]
    public async Task Visitor_chats_are_that_visitors_chats_in_the_room()
    {
        var sample = _data.OwnedChats.First(chat => chat.VisitorId is not null);

        var chats = await _api.ListAllAsync(_api.Org($"rooms/{sample.RoomId}/visitors/{sample.VisitorId}/chats"));

        var expected = _data.Chats.Where(chat => chat.RoomId == sample.RoomId && chat.VisitorId == sample.VisitorId);
        Assert.Equal(expected.Select(chat => chat.Id), chats.Ids());
        Assert.Contains(sample.Id, chats.Ids());
    }

    [Theory]
    [InlineData("owned_chats", HttpStatusCode.NotFound)]
    [InlineData("routed_chats", HttpStatusCode.OK)]
    [InlineData("involved_chats", HttpStatusCode.NotFound)]
    public async Task A_single_chat_is_found_in_its_collection_and_not_outside_it(string collection, HttpStatusCode forSharedRoomChat)
    {
        var ownedAndInvolved = _data.OwnedChats.First(chat => chat.UserMembers.Any(user => user.OrganizationId == _data.OrganizationId));
        var sharedRoomChat = _data.Chats.First(chat => chat.Room.IsShared && chat.UserMembers.Count == 0);

        Assert.Equal(ownedAndInvolved.Id, (await _api.GetJsonAsync(_api.Org($"{collection}/{ownedAndInvolved.Id}"))).Id());
        await _api.GetJsonAsync(_api.Org($"{collection}/{sharedRoomChat.Id}"), forSharedRoomChat);
    }

    [Fact]
    public async Task A_users_routed_chat_is_retrieved_but_001_documents_no_get_of_one_users_chat()
    {
        var member = _data.Chats.First(chat => chat.UserMembers.Any(user => user.Id == shared.Simulator.UserId));
        var notMember = _data.Chats.First(chat => chat.UserMembers.All(user => user.Id != shared.Simulator.UserId));

        Assert.Equal(notMember.Id, (await _api.GetJsonAsync(_api.User($"routed_chats/{notMember.Id}"))).Id());
        await _api.GetJsonAsync(_api.User($"chats/{member.Id}"), HttpStatusCode.MethodNotAllowed);
    }
}
