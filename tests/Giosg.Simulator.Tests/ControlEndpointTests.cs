using System.Net;
using System.Text.Json.Nodes;
using Giosg.Simulator.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Giosg.Simulator.Tests;

public sealed class ControlEndpointTests : OwnSimulator
{
    [Fact]
    public async Task Info_describes_the_simulator_without_a_token()
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseUri };

        var info = JsonNode.Parse(await http.GetStringAsync("_simulator/info"))!;

        Assert.Equal(Simulator.BaseUri.GetLeftPart(UriPartial.Authority), (string?)info["baseUri"]);
        Assert.Equal(Simulator.OrganizationId, info.Id("organizationId"));
        Assert.Equal(Simulator.UserId, info.Id("userId"));
        Assert.Equal(Simulator.Token, (string?)info["token"]);
        Assert.Equal(Simulator.Clock.Now, info.Time("now"));
        Assert.Equal(Simulator.Data.Chats.Count, (int)info["chats"]!);
    }

    [Fact]
    public async Task Requests_lists_the_api_requests_and_delete_clears_them()
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseUri };
        await Api.GetJsonAsync(Api.Org("owned_chats?is_ended=false"));
        await Api.GetJsonAsync(Api.Org("owned_chats/not-a-uuid"), HttpStatusCode.NotFound);

        var logged = JsonNode.Parse(await http.GetStringAsync("_simulator/requests"))!.AsArray();

        Assert.Equal(2, logged.Count);
        Assert.Equal("GET", (string?)logged[0]!["method"]);
        Assert.Equal($"/{Api.Org("owned_chats")}", (string?)logged[0]!["path"]);
        Assert.Equal("?is_ended=false", (string?)logged[0]!["query"]);
        Assert.Equal(200, (int)logged[0]!["statusCode"]!);
        Assert.Equal(404, (int)logged[1]!["statusCode"]!);

        using var cleared = await http.DeleteAsync("_simulator/requests");
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Empty(Simulator.Requests.Snapshot());
    }

    [Fact]
    public async Task Control_requests_are_neither_logged_nor_faulted()
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseUri };
        Simulator.Faults = new AnswerEverything(HttpStatusCode.ServiceUnavailable);

        using var info = await http.GetAsync("_simulator/info");
        using var chats = await http.GetAsync("_simulator/chats");

        Assert.Equal(HttpStatusCode.OK, info.StatusCode);
        Assert.Equal(HttpStatusCode.OK, chats.StatusCode);
        Assert.Empty(Simulator.Requests.Snapshot());
    }

    [Fact]
    public async Task Chats_lists_every_chat_as_the_api_formats_it()
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseUri };

        var chats = JsonNode.Parse(await http.GetStringAsync("_simulator/chats"))!.AsArray().Select(chat => chat!).ToList();
        var routed = await Api.ListAllAsync(Api.Org("routed_chats"));

        Assert.Equal(Simulator.Data.Chats.Select(chat => chat.Id), chats.Ids());
        Assert.Equal(routed.Select(chat => (string?)chat["updated_at"]), chats.Select(chat => (string?)chat["updated_at"]));
        Assert.Equal(routed.Select(chat => (string?)chat["chat_type"]), chats.Select(chat => (string?)chat["chat_type"]));
        Assert.Equal(routed.Select(chat => (bool)chat["is_ended"]!), chats.Select(chat => (bool)chat["is_ended"]!));
        Assert.Equal(routed.Select(chat => (string?)chat["ended_at"]), chats.Select(chat => (string?)chat["ended_at"]));
        Assert.Equal(routed.Select(chat => (int)chat["tag_count"]!), chats.Select(chat => chat["tags"]!.AsArray().Count));
        Assert.Equal(Simulator.Data.Chats.SelectMany(chat => Simulator.Data.ChatTags(chat.Id)), chats.SelectMany(chat => chat["tags"]!.AsArray().Select(tag => (string)tag!)));
    }

    [Fact]
    public async Task Chats_shows_tag_changes_and_endings()
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseUri };
        var chat = Simulator.Data.OwnedChats.First(chat => !chat.IsEnded);
        await Api.SendJsonAsync(HttpMethod.Post, Api.Org($"owned_chats/{chat.Id}/tags"), """{"name": "Dumped"}""", HttpStatusCode.Created);
        var ended = await Api.SendJsonAsync(HttpMethod.Patch, Api.Org($"owned_chats/{chat.Id}"), """{"is_ended": true}""");

        var dumped = JsonNode.Parse(await http.GetStringAsync("_simulator/chats"))!.AsArray().Single(item => item!.Id() == chat.Id)!;

        Assert.Equal((string?)ended["ended_at"], (string?)dumped["ended_at"]);
        Assert.Equal((string?)ended["updated_at"], (string?)dumped["updated_at"]);
        Assert.Contains("Dumped", dumped["tags"]!.AsArray().Select(tag => (string)tag!));
    }

    [Fact]
    public async Task Chats_lists_all_of_ten_thousand_chats()
    {
        // How fast it is belongs in a benchmark, not here: a timed assertion fails on a busy machine.
        await using var large = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 10_000, Now = SharedSimulator.Now });
        using var http = new HttpClient { BaseAddress = large.BaseUri };

        var chats = JsonNode.Parse(await http.GetStringAsync("_simulator/chats"))!.AsArray();

        Assert.Equal(10_000, chats.Count);
    }

    [Fact]
    public async Task Touch_sets_a_chats_updated_at_to_now_without_a_token_or_a_log_entry()
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseUri };
        var chat = Simulator.Data.OwnedChats.First(chat => !chat.IsEnded);
        Simulator.Clock.Now = SharedSimulator.Now.AddMinutes(7);

        using var response = await http.PostAsync($"_simulator/chats/{chat.Id}/touch", null);
        var touched = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var fetched = await Api.GetJsonAsync(Api.Org($"owned_chats/{chat.Id}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(chat.Id, touched.Id());
        Assert.Equal(SharedSimulator.Now.AddMinutes(7), touched.Time("updated_at"));
        Assert.Equal(SharedSimulator.Now.AddMinutes(7), fetched.Time("updated_at"));
        Assert.Single(Simulator.Requests.Snapshot());
    }

    [Theory]
    [InlineData("{random}")]
    [InlineData("not-a-uuid")]
    public async Task Touching_an_unknown_chat_is_404(string id)
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseUri };

        using var response = await http.PostAsync($"_simulator/chats/{id.Replace("{random}", Guid.NewGuid().ToString(), StringComparison.Ordinal)}/touch", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Wake_up_after_listing_stages_the_chats_of_a_json_array()
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseUri };
        var chats = Simulator.Data.OwnedChats.Where(chat => !chat.IsEnded).Take(2).ToList();
        var stale = chats.Select(chat => chat.UpdatedAt).ToList();
        Simulator.Clock.Now = SharedSimulator.Now.AddHours(3);

        using var staged = await http.PostAsync("_simulator/wake-up-after-listing", Json(new JsonArray([.. chats.Select(chat => JsonValue.Create(chat.Id.ToString()))]).ToJsonString()));
        var untouched = chats.Select(chat => chat.UpdatedAt).ToList();
        await Api.ListAllAsync(Api.Org("owned_chats?is_ended=false"));

        Assert.Equal(HttpStatusCode.NoContent, staged.StatusCode);
        Assert.Equal(stale, untouched);
        Assert.All(chats, chat => Assert.Equal(SharedSimulator.Now.AddHours(3), chat.UpdatedAt));
    }

    [Theory]
    [InlineData("not json", HttpStatusCode.BadRequest)]
    [InlineData("{}", HttpStatusCode.BadRequest)]
    [InlineData("[1]", HttpStatusCode.BadRequest)]
    [InlineData("""["not-a-uuid"]""", HttpStatusCode.BadRequest)]
    [InlineData("""["{random}"]""", HttpStatusCode.NotFound)]
    public async Task Wake_up_after_listing_rejects_anything_but_known_chat_ids(string body, HttpStatusCode expected)
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseUri };

        using var response = await http.PostAsync("_simulator/wake-up-after-listing", Json(body.Replace("{random}", Guid.NewGuid().ToString(), StringComparison.Ordinal)));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Now_can_be_set_and_ending_uses_it()
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseUri };

        using var set = await http.PutAsync("_simulator/now?value=2026-03-01T08:30:00Z", null);
        var chat = Simulator.Data.OwnedChats.First(chat => !chat.IsEnded);
        var ended = await Api.SendJsonAsync(HttpMethod.Patch, Api.Org($"owned_chats/{chat.Id}"), """{"is_ended": true}""");

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 8, 30, 0, TimeSpan.Zero), Simulator.Clock.Now);
        Assert.Equal(Simulator.Clock.Now, ended.Time("ended_at"));
    }

    [Fact]
    public async Task Setting_now_to_something_else_than_a_datetime_is_400()
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseUri };

        using var response = await http.PutAsync("_simulator/now?value=tomorrow", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    private sealed class AnswerEverything(HttpStatusCode status) : IFaultInjector
    {
        public ValueTask<bool> TryHandleAsync(HttpContext context)
        {
            context.Response.StatusCode = (int)status;
            return ValueTask.FromResult(true);
        }
    }
}
