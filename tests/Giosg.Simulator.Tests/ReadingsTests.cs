using System.Net;
using System.Text.Json.Nodes;
using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

/// <summary>
/// The other readings of the documents (<see cref="ApiReadings"/>): off, the simulator plays the
/// module's choice; on, the other one, so the module's tests can run against both.
/// </summary>
public sealed class ReadingsTests : OwnSimulator
{
    protected override SimulatorOptions Options => new() { Chats = 300, Seed = 4, Now = SharedSimulator.Now, PageSize = 40 };

    [Fact]
    public async Task Without_ordering_chats_come_oldest_first_or_under_the_other_reading_newest_first_across_pages()
    {
        var ascending = (await Api.ListAllAsync(Api.Org("owned_chats"))).Ids().ToList();
        Simulator.Readings = ApiReadings.NewestFirstByDefault;
        var newestFirst = (await Api.ListAllAsync(Api.Org("owned_chats"))).Ids().ToList();
        var explicitAscending = (await Api.ListAllAsync(Api.Org("owned_chats?ordering=created_at"))).Ids().ToList();

        Assert.Equal(Simulator.Data.OwnedChats.Select(chat => chat.Id), ascending);
        Assert.Equal(Enumerable.Reverse(ascending), newestFirst);
        Assert.Equal(ascending, explicitAscending);
    }

    [Fact]
    public async Task A_chat_created_exactly_at_a_bound_is_included_or_under_the_other_reading_excluded()
    {
        var chat = Simulator.Data.OwnedChats[100];
        var at = ApiJson.Query(chat.CreatedAt);
        var after = Api.Org($"owned_chats?created_at_after={at}");
        var before = Api.Org($"owned_chats?created_at_before={at}");

        var inclusive = (await Api.ListAllAsync(after)).Ids().Concat((await Api.ListAllAsync(before)).Ids()).ToList();
        Simulator.Readings = ApiReadings.ExclusiveCreatedRange;
        var exclusive = (await Api.ListAllAsync(after)).Ids().Concat((await Api.ListAllAsync(before)).Ids()).ToList();

        Assert.Equal(2, inclusive.Count(id => id == chat.Id));
        Assert.DoesNotContain(chat.Id, exclusive);
        Assert.Equal(inclusive.Count - 2, exclusive.Count);
    }

    [Fact]
    public async Task An_ended_chat_takes_a_new_tag_or_under_the_other_reading_refuses_it()
    {
        var chats = Simulator.Data.OwnedChats.Where(chat => chat.IsEnded).Take(2).ToList();
        const string Body = """{"name": "Late"}""";

        await Api.SendJsonAsync(HttpMethod.Post, Api.Org($"owned_chats/{chats[0].Id}/tags"), Body, HttpStatusCode.Created);
        Simulator.Readings = ApiReadings.EndedChatRefusesNewTags;
        var refused = await Api.SendJsonAsync(HttpMethod.Post, Api.Org($"owned_chats/{chats[1].Id}/tags"), Body, HttpStatusCode.BadRequest);
        await Api.SendJsonAsync(HttpMethod.Post, Api.Org($"owned_chats/{chats[0].Id}/tags"), Body, HttpStatusCode.OK);

        Assert.Equal("Chat has ended.", (string?)refused["detail"]);
        Assert.Contains("Late", Simulator.Data.ChatTags(chats[0].Id));
        Assert.DoesNotContain("Late", Simulator.Data.ChatTags(chats[1].Id));
    }

    [Fact]
    public async Task Readings_are_switched_over_http_and_a_bad_name_changes_nothing()
    {
        using var control = new HttpClient { BaseAddress = Simulator.BaseUri };

        using var put = await control.PutAsync(new Uri("_simulator/readings?set=newestfirstbydefault,EndedChatRefusesNewTags", UriKind.Relative), null);
        using var bad = await control.PutAsync(new Uri("_simulator/readings?set=Sideways", UriKind.Relative), null);
        var shown = JsonNode.Parse(await control.GetStringAsync(new Uri("_simulator/readings", UriKind.Relative)))!;

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(ApiReadings.NewestFirstByDefault | ApiReadings.EndedChatRefusesNewTags, Simulator.Readings);
        Assert.Equal(["NewestFirstByDefault", "EndedChatRefusesNewTags"], shown["readings"]!.AsArray().Select(name => (string?)name));
    }
}
