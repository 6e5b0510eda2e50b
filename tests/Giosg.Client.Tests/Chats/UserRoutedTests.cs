using Giosg.Client.Chats;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Chats;

/// <summary><c>users/&lt;user&gt;/routed_chats[/&lt;chat&gt;]</c> (001): listing, details and the sub-resources 001 documents below it.</summary>
public sealed class UserRoutedTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private GiosgClient Client() => new(SimulatorFixture.Connect(fixture.Simulator, userId: fixture.Simulator.UserId));

    [Fact]
    public async Task The_users_routed_chats_are_listed_below_the_user_and_carry_the_user()
    {
        var sim = fixture.Simulator;
        var listing = Client().Chats.List(new ChatListRequest { Scope = ChatScope.UserRouted, IsEnded = false });

        var chats = await listing.Take(30).ToListAsync();

        Assert.Equal($"/api/v5/users/{sim.UserId:D}/routed_chats", listing.FirstPage.PathAndQuery);
        Assert.NotEmpty(chats);
        Assert.All(chats, chat => Assert.Equal((ChatScope.UserRouted, (Guid?)sim.UserId, false), (chat.Scope, chat.UserId, chat.IsEnded)));
    }

    [Fact]
    public async Task A_users_routed_chat_is_retrieved_and_its_messages_and_memberships_read_below_the_user_and_its_tags_through_the_organization()
    {
        var sim = fixture.Simulator;
        var client = Client();
        var seeded = sim.Data.Chats.First(chat => chat.Room.IsShared && chat.MessageCount > 0 && chat.TagCount > 0);

        var chat = await client.Chats.GetAsync(seeded.Id, ChatScope.UserRouted, null, CancellationToken.None);
        var reference = ChatReference.Of(chat);
        var messages = await client.Messages.List(reference).ToListAsync();
        var members = await client.Memberships.List(reference).ToListAsync();
        var tags = await client.Tags.List(reference).ToListAsync();

        Assert.Equal((seeded.Id, ChatScope.UserRouted, (Guid?)sim.UserId), (chat.Id, chat.Scope, chat.UserId));
        Assert.Equal(seeded.MessageCount, messages.Count(message => message.Type == "msg"));
        Assert.NotEmpty(members);
        Assert.Equal(seeded.TagCount, tags.Count);
        var paths = sim.Requests.Snapshot().Select(request => request.Path).ToList();
        Assert.Contains($"/api/v5/users/{sim.UserId:D}/routed_chats/{seeded.Id:D}", paths);
        Assert.Contains($"/api/v5/users/{sim.UserId:D}/routed_chats/{seeded.Id:D}/messages", paths);
        Assert.Contains($"/api/v5/users/{sim.UserId:D}/routed_chats/{seeded.Id:D}/memberships", paths);
        Assert.Contains($"/api/v5/orgs/{sim.OrganizationId:D}/routed_chats/{seeded.Id:D}/tags", paths);
    }
}
