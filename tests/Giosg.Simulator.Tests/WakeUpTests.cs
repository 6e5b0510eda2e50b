using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

/// <summary>The housekeeping race: a ghost chat comes back to life right after a client listed it as stale.</summary>
public sealed class WakeUpTests : OwnSimulator
{
    private const string OpenNewestFirst = "owned_chats?ordering=-created_at&is_ended=false";

    [Fact]
    public async Task A_staged_chat_is_listed_with_its_old_updated_at_and_touched_right_after()
    {
        var chat = GhostChat();
        var stale = chat.UpdatedAt;
        Simulator.Clock.Now = SharedSimulator.Now.AddHours(1);

        Simulator.WakeUpAfterListing([chat.Id]);
        var untouched = chat.UpdatedAt;
        var listed = (await Api.ListAllAsync(Api.Org(OpenNewestFirst))).Single(item => item.Id() == chat.Id);
        var fetched = await Api.GetJsonAsync(Api.Org($"owned_chats/{chat.Id}"));

        Assert.Equal(stale, untouched);
        Assert.Equal(stale, listed.Time("updated_at"));
        Assert.Equal(SharedSimulator.Now.AddHours(1), fetched.Time("updated_at"));
        Assert.False((bool)fetched["is_ended"]!);
    }

    [Fact]
    public async Task A_chat_wakes_up_once()
    {
        var chat = GhostChat();
        Simulator.Clock.Now = SharedSimulator.Now.AddHours(1);
        Simulator.WakeUpAfterListing([chat.Id]);
        await Api.ListAllAsync(Api.Org(OpenNewestFirst));

        Simulator.Clock.Now = SharedSimulator.Now.AddHours(2);
        await Api.ListAllAsync(Api.Org(OpenNewestFirst));

        Assert.Equal(SharedSimulator.Now.AddHours(1), chat.UpdatedAt);
    }

    [Fact]
    public async Task Only_a_page_that_shows_the_chat_wakes_it()
    {
        var first = await Api.GetJsonAsync(Api.Org(OpenNewestFirst));
        var onFirstPage = first["results"]!.AsArray().Select(item => item!.Id()).ToHashSet();
        var chat = Simulator.Data.OwnedChats.Last(chat => !chat.IsEnded && !onFirstPage.Contains(chat.Id) && chat.ChatType == "external");
        var stale = chat.UpdatedAt;
        Simulator.Clock.Now = SharedSimulator.Now.AddHours(1);

        Simulator.WakeUpAfterListing([chat.Id]);
        await Api.GetJsonAsync(Api.Org(OpenNewestFirst));
        var afterFirstPage = chat.UpdatedAt;
        await Api.ListAllAsync(Api.Org(OpenNewestFirst));

        Assert.Equal(stale, afterFirstPage);
        Assert.Equal(SharedSimulator.Now.AddHours(1), chat.UpdatedAt);
    }

    [Fact]
    public async Task The_legacy_collection_wakes_staged_chats_too()
    {
        var chat = Simulator.Data.OwnedChats[0];
        Simulator.Clock.Now = SharedSimulator.Now.AddHours(1);
        Simulator.Data.WakeUpAfterListing([chat.Id]);

        await Api.GetJsonAsync(Api.Org("chats"));

        Assert.Equal(SharedSimulator.Now.AddHours(1), chat.UpdatedAt);
    }

    [Fact]
    public async Task Staging_an_unknown_chat_throws_and_stages_none()
    {
        var chat = GhostChat();
        var stale = chat.UpdatedAt;
        Simulator.Clock.Now = SharedSimulator.Now.AddHours(1);

        Assert.Throws<KeyNotFoundException>(() => Simulator.WakeUpAfterListing([chat.Id, Guid.NewGuid()]));
        await Api.ListAllAsync(Api.Org(OpenNewestFirst));

        Assert.Equal(stale, chat.UpdatedAt);
    }

    [Fact]
    public async Task Touch_sets_updated_at_to_the_clock_and_reorders_the_updated_listing()
    {
        var chat = Simulator.Data.Chats.First(chat => chat.UserMembers.Any(user => user.Id == Simulator.UserId) && chat.IsEnded);
        Simulator.Clock.Now = SharedSimulator.Now.AddDays(1);

        var touched = Simulator.Data.Touch(chat.Id);
        var newest = await Api.GetJsonAsync(Api.User("chats?ordering=-updated_at"));

        Assert.Same(chat, touched);
        Assert.Equal(SharedSimulator.Now.AddDays(1), chat.UpdatedAt);
        Assert.Equal(chat.Id, newest["results"]![0]!.Id());
        Assert.Throws<KeyNotFoundException>(() => Simulator.Data.Touch(Guid.NewGuid()));
    }

    [Fact]
    public void Chat_tags_are_the_current_tag_names()
    {
        var chat = Simulator.Data.OwnedChats.First(chat => chat.TagCount > 1);

        var tags = Simulator.Data.ChatTags(chat.Id);

        Assert.Equal(chat.TagCount, tags.Count);
        Assert.Equal(tags.Count, tags.Distinct().Count());
        Assert.Throws<KeyNotFoundException>(() => Simulator.Data.ChatTags(Guid.NewGuid()));
    }

    /// <summary>An open external chat not updated for weeks: what housekeeping would end.</summary>
    private SimChat GhostChat() =>
        Simulator.Data.OwnedChats.First(chat => chat.ChatType == "external" && !chat.IsEnded && chat.UpdatedAt < SharedSimulator.Now.AddDays(-14));
}
