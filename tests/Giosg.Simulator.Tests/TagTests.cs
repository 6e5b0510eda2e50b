using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

public sealed class TagTests : OwnSimulator
{
    /// <summary>Names a client must escape in a path segment: space, '/', '%', '?', '#', '+' and non-ASCII.</summary>
    public static TheoryData<string> AwkwardNames() =>
        ["Premium customer", "Follow-up/2026", "50% off", "Why?", "#vip", "Ääkköset", "a%2Fb", "C++ & more"];

    [Fact]
    public async Task A_chat_lists_its_tag_count_of_tags_from_its_rooms_allowed_tags()
    {
        foreach (var chat in Simulator.Data.OwnedChats.Where(chat => chat.TagCount > 0).Take(20))
        {
            var tags = await Api.ListAllAsync(Tags(chat));
            var allowed = await Api.ListAllAsync(Api.Org($"owned_chats/{chat.Id}/allowed_tags"));

            Assert.Equal(chat.TagCount, tags.Count);
            Assert.Subset(allowed.Select(Name).ToHashSet(), tags.Select(Name).ToHashSet());
            Assert.All(tags, tag => Assert.Equal(["name", "created_at"], tag.AsObject().Select(pair => pair.Key)));
            Assert.All(tags, tag => Assert.InRange(tag.Time("created_at"), chat.CreatedAt, chat.UpdatedAt));
        }
    }

    [Fact]
    public void Seeded_tags_include_names_with_awkward_characters()
    {
        var names = Simulator.Data.Chats.SelectMany(chat => Simulator.Data.ChatTags(chat.Id)).ToHashSet();

        Assert.Superset(new HashSet<string> { "Premium customer", "Follow-up/2026", "50% off", "Why?", "#vip", "Ääkköset" }, names);
        Assert.Equal(Simulator.Data.Chats.Sum(chat => chat.TagCount), Simulator.Data.Chats.Sum(chat => Simulator.Data.ChatTags(chat.Id).Count));
    }

    [Fact]
    public async Task Allowed_tags_carry_the_sha1_of_their_name_and_the_room()
    {
        var chat = Simulator.Data.Chats.First(chat => chat.Room.IsShared);

        var allowed = await Api.ListAllAsync(Api.Org($"routed_chats/{chat.Id}/allowed_tags"));

        Assert.NotEmpty(allowed);
        Assert.All(allowed, tag =>
        {
            Assert.Equal(Sha1((string)tag["name"]!), (string?)tag["hashed_name"]);
            Assert.Equal(chat.RoomId, tag.Id("room_id"));
            Assert.True(tag.Time("created_at") < Simulator.Clock.Now);
        });
    }

    [Fact]
    public async Task Adding_a_new_tag_is_201_and_adding_it_again_is_200_with_the_same_tag()
    {
        var chat = OpenChat();
        Simulator.Clock.Now = SharedSimulator.Now.AddMinutes(1);

        var created = await Api.SendJsonAsync(HttpMethod.Post, Tags(chat), """{"name": "Lead"}""", HttpStatusCode.Created);
        Simulator.Clock.Now = SharedSimulator.Now.AddMinutes(2);
        var existing = await Api.SendJsonAsync(HttpMethod.Post, Tags(chat), """{"name": "Lead"}""", HttpStatusCode.OK);

        Assert.Equal("Lead", (string?)created["name"]);
        Assert.Equal(Sha1("Lead"), (string?)created["hashed_name"]);
        Assert.Equal(SharedSimulator.Now.AddMinutes(1), created.Time("created_at"));
        Assert.Equal(created.ToJsonString(), existing.ToJsonString());
        Assert.Single(await Api.ListAllAsync(Tags(chat)), tag => (string?)tag["name"] == "Lead");
    }

    [Fact]
    public async Task Adding_a_tag_counts_it_but_does_not_change_updated_at()
    {
        var chat = OpenChat();
        var before = await Api.GetJsonAsync(Api.Org($"owned_chats/{chat.Id}"));
        Simulator.Clock.Now = SharedSimulator.Now.AddHours(1);

        await Api.SendJsonAsync(HttpMethod.Post, Tags(chat), """{"name": "Not in the allowed list"}""", HttpStatusCode.Created);
        var after = await Api.GetJsonAsync(Api.Org($"owned_chats/{chat.Id}"));

        Assert.Equal((int)before["tag_count"]! + 1, (int)after["tag_count"]!);
        Assert.Equal((string?)before["updated_at"], (string?)after["updated_at"]);
        Assert.Contains("Not in the allowed list", Simulator.Data.ChatTags(chat.Id));
    }

    [Fact]
    public async Task Adding_a_tag_an_ended_chat_already_has_is_a_harmless_200()
    {
        var chat = Simulator.Data.OwnedChats.First(chat => chat.IsEnded && chat.TagCount > 0);
        var name = Simulator.Data.ChatTags(chat.Id)[0];

        var tag = await Api.SendJsonAsync(HttpMethod.Post, Tags(chat), new JsonObject { ["name"] = name }.ToJsonString(), HttpStatusCode.OK);

        Assert.Equal(name, (string?)tag["name"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""{"name": ""}""")]
    [InlineData("""{"name": "   "}""")]
    [InlineData("""{"name": 42}""")]
    [InlineData("""{"name": null}""")]
    [InlineData("""["Lead"]""")]
    [InlineData("\"Lead\"")]
    public async Task A_missing_or_malformed_name_is_400(string body)
    {
        var chat = OpenChat();

        var error = await Api.SendJsonAsync(HttpMethod.Post, Tags(chat), body, HttpStatusCode.BadRequest);

        Assert.Equal("""{"name":["This field is required."]}""", error.ToJsonString());
        Assert.Equal(chat.TagCount, (await Api.ListAllAsync(Tags(chat))).Count);
    }

    [Fact]
    public async Task Names_are_trimmed()
    {
        var tag = await Api.SendJsonAsync(HttpMethod.Post, Tags(OpenChat()), """{"name": "  Spaced out \t"}""", HttpStatusCode.Created);

        Assert.Equal("Spaced out", (string?)tag["name"]);
    }

    [Theory]
    [MemberData(nameof(AwkwardNames))]
    public async Task A_tag_with_an_awkward_name_is_added_and_removed_by_its_escaped_name(string name)
    {
        var chat = OpenChat();
        await Api.SendJsonAsync(HttpMethod.Post, Tags(chat), new JsonObject { ["name"] = name }.ToJsonString(), HttpStatusCode.Created);

        using var removed = await Api.Http.DeleteAsync($"{Tags(chat)}/{Uri.EscapeDataString(name)}");
        var left = await Api.ListAllAsync(Tags(chat));

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.DoesNotContain(name, left.Select(Name));
        Assert.Equal(chat.TagCount, left.Count);
    }

    [Fact]
    public async Task Removing_decodes_the_name_exactly_once()
    {
        var chat = OpenChat();
        await Api.SendJsonAsync(HttpMethod.Post, Tags(chat), """{"name": "a/b"}""", HttpStatusCode.Created);

        // "a%252Fb" is the name "a%2Fb", which the chat does not have; "a%2Fb" is "a/b", which it has.
        using var literal = await Api.Http.DeleteAsync($"{Tags(chat)}/a%252Fb");
        using var slash = await Api.Http.DeleteAsync($"{Tags(chat)}/a%2Fb");

        Assert.Equal(HttpStatusCode.NotFound, literal.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, slash.StatusCode);
    }

    [Fact]
    public async Task Removing_a_tag_the_chat_does_not_have_is_404()
    {
        using var response = await Api.Http.DeleteAsync($"{Tags(OpenChat())}/{Uri.EscapeDataString("No such tag")}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"detail":"Not found."}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Removing_a_seeded_tag_from_an_ended_chat_is_allowed()
    {
        var chat = Simulator.Data.OwnedChats.First(chat => chat.IsEnded && chat.TagCount > 0);
        var name = Simulator.Data.ChatTags(chat.Id)[0];
        var before = chat.UpdatedAt;

        using var response = await Api.Http.DeleteAsync($"{Tags(chat)}/{Uri.EscapeDataString(name)}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.DoesNotContain(name, Simulator.Data.ChatTags(chat.Id));
        Assert.Equal(before, chat.UpdatedAt);
    }

    [Fact]
    public async Task Every_family_and_the_legacy_collection_see_a_tag_change()
    {
        var chat = Simulator.Data.OwnedChats.First(chat => !chat.IsEnded && chat.UserMembers.Any(user => user.Id == Simulator.UserId));

        await Api.SendJsonAsync(HttpMethod.Post, Api.User($"chats/{chat.Id}/tags"), """{"name": "From the user"}""", HttpStatusCode.Created);

        Assert.Contains("From the user", (await Api.ListAllAsync(Api.Org($"involved_chats/{chat.Id}/tags"))).Select(Name));
        Assert.Contains("From the user", (await Api.ListAllAsync(Api.Org($"routed_chats/{chat.Id}/tags"))).Select(Name));
        var page = (Simulator.Data.OwnedChats.ToList().IndexOf(chat) / 100) + 1;
        var legacy = await Api.GetJsonAsync(Api.Org($"chats?page_size=100&page={page}"));
        var listed = legacy["results"]!.AsArray().Single(listed => listed!.Id() == chat.Id)!;
        Assert.Contains("From the user", listed["tags"]!.AsArray().Select(tag => (string?)tag!["name"]));
    }

    [Fact]
    public async Task Concurrent_additions_of_different_tags_all_land()
    {
        var chat = OpenChat();
        var names = Enumerable.Range(0, 24).Select(i => $"Parallel {i}").ToList();

        await Task.WhenAll(names.Select(name =>
            Api.SendJsonAsync(HttpMethod.Post, Tags(chat), new JsonObject { ["name"] = name }.ToJsonString(), HttpStatusCode.Created)));

        Assert.Superset(names.ToHashSet(), Simulator.Data.ChatTags(chat.Id).ToHashSet());
        Assert.Equal(chat.TagCount, Simulator.Data.ChatTags(chat.Id).Count);
    }

    [Fact]
    public async Task Adding_races_ending_without_tagging_an_ended_chat()
    {
        var chat = OpenChat();

        var adds = Enumerable.Range(0, 20).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Tags(chat)) { Content = new StringContent($$"""{"name": "Race {{i}}"}""") };
            using var response = await Api.Http.SendAsync(request);
            return (i, response.StatusCode);
        }).ToList();
        var end = Api.SendJsonAsync(HttpMethod.Patch, Api.Org($"owned_chats/{chat.Id}"), """{"is_ended": true}""");
        var outcomes = await Task.WhenAll(adds);
        await end;

        var tagged = Simulator.Data.ChatTags(chat.Id);
        Assert.All(outcomes, outcome =>
            Assert.Equal(outcome.StatusCode == HttpStatusCode.Created, tagged.Contains($"Race {outcome.i}")));
        Assert.All(outcomes, outcome => Assert.Contains(outcome.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.BadRequest }));
    }

    private SimChat OpenChat() => Simulator.Data.OwnedChats.First(chat => !chat.IsEnded && chat.TagCount == 0 && Simulator.Data.ChatTags(chat.Id).Count == 0);

    private string Tags(SimChat chat) => Api.Org($"owned_chats/{chat.Id}/tags");

    private static string Name(JsonNode tag) => (string)tag["name"]!;

    private static string Sha1(string name)
    {
#pragma warning disable CA5350 // The API documents hashed_name as SHA-1.
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(name)));
#pragma warning restore CA5350
    }
}
