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
        Assert.All(variables, variable => Assert.Equal((chat.RoomId, chat.RoomOrganizationId), (variable.RoomId, variable.OrganizationId)));
        Assert.All(variables, variable => Assert.False(string.IsNullOrEmpty(variable.SessionId)));
    }

    [Fact]
    public async Task Encrypted_visitor_variables_carry_the_ciphertext_and_a_null_value_once_the_key_is_gone()
    {
        var chats = fixture.Simulator.Data.OwnedChats.Where(candidate => candidate.VisitorId is not null && candidate.IsEncrypted).Take(12);
        using var connection = fixture.Connect();
        var client = new GiosgClient(connection);

        var variables = new List<Visitors.VisitorVariable>();
        foreach (var chat in chats)
        {
            variables.AddRange(await client.Visitors.ListVariables(chat.Id, chat.VisitorId!).ToListAsync());
        }

        Assert.All(variables, variable => Assert.True(variable.IsEncrypted && !string.IsNullOrEmpty(variable.EncryptedValue) && !string.IsNullOrEmpty(variable.EncryptedSymmetricKey)));
        Assert.Contains(variables, variable => variable.Value is null);
        Assert.Contains(variables, variable => variable.Value is not null);
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
