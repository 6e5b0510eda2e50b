using Giosg.Client.Chats;
using Giosg.Client.Tests.Infrastructure;
using Giosg.Testing;

namespace Giosg.Client.Tests.Resources;

[Collection(SimulatorGroup.Name)]
public sealed class MembershipsAndVisitorsTests(SimulatorFixture fixture)
{
    [Fact]
    public async Task Memberships_list_the_visitor_and_every_user_member()
    {
        var chat = fixture.Simulator.Data.OwnedChats.First(candidate => candidate.VisitorId is not null && candidate.UserMembers.Count > 0);
        using var connection = fixture.Connect();

        var members = await new GiosgClient(connection).Memberships.List(new ChatReference(chat.Id)).ToListAsync();

        var visitor = Assert.Single(members, member => member.MemberType == "visitor");
        Assert.Equal(chat.VisitorId, visitor.MemberId);
        Assert.Equal(chat.UserMembers.Select(user => user.Id.ToString("D")).Order(), members.Where(member => member.MemberType == "user").Select(member => member.MemberId).Order());
        Assert.All(members, member => Assert.Equal(chat.Id, member.ChatId));
    }

    [Fact]
    public async Task Visitor_variables_are_read_for_the_chats_visitor()
    {
        var chat = fixture.Simulator.Data.OwnedChats.First(candidate => candidate.VisitorId is not null);
        using var connection = fixture.Connect();

        var variables = await new GiosgClient(connection).Visitors.ListVariables(chat.Id, chat.VisitorId!).ToListAsync();

        Assert.NotEmpty(variables);
        Assert.All(variables, variable => Assert.False(string.IsNullOrEmpty(variable.Key)));
        Assert.All(variables, variable => Assert.Equal((chat.Id, chat.VisitorId), (variable.ChatId, variable.VisitorId)));
    }

    [Fact]
    public async Task Variables_of_someone_who_is_not_the_chats_visitor_are_not_found()
    {
        var chat = fixture.Simulator.Data.OwnedChats.First(candidate => candidate.VisitorId is not null);
        using var connection = fixture.Connect();

        var error = await Assert.ThrowsAsync<Errors.GiosgApiException>(async () =>
            await new GiosgClient(connection).Visitors.ListVariables(chat.Id, "0123456789abcdef0123456789abcdef").ToListAsync());

        Assert.Equal(Errors.GiosgErrorKind.NotFound, error.Kind);
    }
}
