using Giosg.Client.Chats;
using Giosg.Client.Errors;
using Giosg.Client.Tags;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Resources;

/// <summary>Tags change the simulator's state, so these tests have a simulator of their own.</summary>
public sealed class TagsTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private GiosgSimulator Sim => fixture.Simulator;

    private IEnumerable<SimChat> OpenOwned => Sim.Data.OwnedChats.Where(chat => !chat.IsEnded);

    [Fact]
    public async Task Listing_a_chats_tags_returns_its_tags_annotated_with_the_chat()
    {
        var chat = Sim.Data.OwnedChats.First(candidate => candidate.TagCount > 1);
        using var connection = fixture.Connect();

        var tags = await new GiosgClient(connection).Tags.List(new ChatReference(chat.Id)).ToListAsync();

        Assert.Equal(Sim.Data.ChatTags(chat.Id).Order(), tags.Select(tag => tag.Name).Order());
        Assert.All(tags, tag => Assert.Equal((chat.Id, ChatScope.Owned), (tag.ChatId, tag.Scope)));
    }

    [Fact]
    public async Task Allowed_tags_are_the_rooms()
    {
        var chat = Sim.Data.OwnedChats[0];
        using var connection = fixture.Connect();

        var allowed = await new GiosgClient(connection).Tags.ListAllowed(new ChatReference(chat.Id)).ToListAsync();

        Assert.NotEmpty(allowed);
        Assert.All(allowed, tag => Assert.Equal(chat.RoomId, tag.RoomId));
        Assert.All(allowed, tag => Assert.Equal(40, tag.HashedName?.Length));
    }

    [Theory]
    [InlineData("Lead")]
    [InlineData("Premium customer")]
    [InlineData("Follow-up/2026")]
    [InlineData("50% off")]
    [InlineData("Why?")]
    [InlineData("#vip")]
    [InlineData("Ääkköset")]
    [InlineData("a+b&c=d")]
    public async Task A_tag_name_round_trips_through_add_and_remove(string name)
    {
        var chat = OpenOwned.First(candidate => !Sim.Data.ChatTags(candidate.Id).Contains(name));
        using var connection = fixture.Connect();
        var tags = new GiosgClient(connection).Tags;
        var reference = new ChatReference(chat.Id);

        var added = await tags.AddAsync(reference, name);
        Assert.Equal(TagChangeOutcome.Added, added.Outcome);
        Assert.Contains(name, Sim.Data.ChatTags(chat.Id));
        Assert.Contains(name, (await tags.List(reference).ToListAsync()).Select(tag => tag.Name));

        var removed = await tags.RemoveAsync(reference, name);
        Assert.Equal(TagChangeOutcome.Removed, removed.Outcome);
        Assert.DoesNotContain(name, Sim.Data.ChatTags(chat.Id));
    }

    [Fact]
    public async Task A_200_to_an_unchecked_add_says_the_chat_has_the_tag_without_claiming_it_had_it_before()
    {
        var chat = OpenOwned.Skip(5).First();
        using var connection = fixture.Connect();
        var tags = new GiosgClient(connection).Tags;

        var first = await tags.AddAsync(new ChatReference(chat.Id), "Twice");
        var second = await tags.AddAsync(new ChatReference(chat.Id), "Twice");

        Assert.Equal(TagChangeOutcome.Added, first.Outcome);
        Assert.Equal(TagChangeOutcome.Present, second.Outcome);
        Assert.Equal("Twice", second.Tag?.Name);
    }

    [Fact]
    public async Task A_checked_add_reads_the_chats_tags_first_and_writes_nothing_when_the_tag_is_there()
    {
        var chat = OpenOwned.Skip(7).First();
        using var connection = fixture.Connect();
        var tags = new GiosgClient(connection).Tags;
        var reference = new ChatReference(chat.Id);
        int Posts() => Sim.Requests.Snapshot().Count(request => request.Method == "POST" && request.Path.Contains(chat.Id.ToString("D"), StringComparison.Ordinal));

        var first = await tags.AddAsync(reference, "Checked", checkFirst: true);
        var postsAfterFirst = Posts();
        var second = await tags.AddAsync(reference, "Checked", checkFirst: true);

        Assert.Equal(TagChangeOutcome.Added, first.Outcome);
        Assert.Equal(TagChangeOutcome.AlreadyPresent, second.Outcome);
        Assert.Equal("Checked", second.Tag?.Name);
        Assert.Equal(1, postsAfterFirst);
        Assert.Equal(1, Posts());
    }


    /// <summary>001 does not say whether an ended chat takes new tags (docs/api-assumptions.md): both answers reach the caller as they are.</summary>
    [Fact]
    public async Task An_ended_chat_is_tagged_or_under_the_other_reading_the_apis_refusal_is_a_bad_request()
    {
        var chats = Sim.Data.OwnedChats.Where(candidate => candidate.IsEnded).Take(2).ToList();
        using var connection = fixture.Connect();
        var tags = new GiosgClient(connection).Tags;

        var added = await tags.AddAsync(new ChatReference(chats[0].Id), "Late");
        Sim.Readings = ApiReadings.EndedChatRefusesNewTags;
        try
        {
            var error = await Assert.ThrowsAsync<GiosgApiException>(() => tags.AddAsync(new ChatReference(chats[1].Id), "Late"));

            Assert.Equal(TagChangeOutcome.Added, added.Outcome);
            Assert.Contains("Late", Sim.Data.ChatTags(chats[0].Id));
            Assert.Equal(GiosgErrorKind.BadRequest, error.Kind);
            Assert.DoesNotContain("Late", Sim.Data.ChatTags(chats[1].Id));
        }
        finally
        {
            Sim.Readings = ApiReadings.None;
        }
    }

    [Fact]
    public async Task Removing_a_tag_the_chat_does_not_have_is_not_found()
    {
        var chat = OpenOwned.Skip(6).First();
        using var connection = fixture.Connect();

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => new GiosgClient(connection).Tags.RemoveAsync(new ChatReference(chat.Id), "No such tag"));

        Assert.Equal(GiosgErrorKind.NotFound, error.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Empty_tag_names_are_refused_before_any_request(string name)
    {
        var handler = new CountingHandler();
        using var connection = fixture.Connect(handler);
        var tags = new GiosgClient(connection).Tags;

        await Assert.ThrowsAsync<ArgumentException>(() => tags.AddAsync(new ChatReference(Guid.NewGuid()), name));
        await Assert.ThrowsAsync<ArgumentException>(() => tags.RemoveAsync(new ChatReference(Guid.NewGuid()), name));
        Assert.Equal(0, handler.Sent);
    }

    [Fact]
    public async Task A_users_chat_is_tagged_through_the_user_endpoints()
    {
        var chat = OpenOwned.First(candidate => candidate.UserMembers.Any(user => user.Id == Sim.UserId));
        var handler = new CountingHandler();
        using var connection = fixture.Connect(handler, userId: Sim.UserId);

        await new GiosgClient(connection).Tags.AddAsync(new ChatReference(chat.Id, ChatScope.User), "Mine");

        var sent = Assert.Single(handler.Requests);
        Assert.Equal($"/api/v5/users/{Sim.UserId:D}/chats/{chat.Id:D}/tags", sent.Uri.AbsolutePath);
        Assert.Contains("Mine", Sim.Data.ChatTags(chat.Id));
    }
}
