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

    private sealed class AnswerEverything(HttpStatusCode status) : IFaultInjector
    {
        public ValueTask<bool> TryHandleAsync(HttpContext context)
        {
            context.Response.StatusCode = (int)status;
            return ValueTask.FromResult(true);
        }
    }
}
