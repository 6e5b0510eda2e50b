using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

/// <summary>Each kind of fault a <see cref="FaultPlan"/> injects, as a plain HttpClient sees it.</summary>
public sealed class FaultKindTests : FaultedSimulator
{
    [Theory]
    [InlineData(500, "<h1>Server Error (500)</h1>")]
    [InlineData(502, "<h1>502 Bad Gateway</h1>")]
    [InlineData(503, "<h1>503 Service Unavailable</h1>")]
    [InlineData(504, "<h1>504 Gateway Timeout</h1>")]
    public async Task A_5xx_status_comes_with_a_gateways_html_page_and_no_retry_after(int status, string heading)
    {
        Inject(FaultRule.For(FaultRoute.List).Respond(Fault.Status(status)));

        using var response = await Api.GetAsync(Api.Org("owned_chats"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(heading, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task A_429_says_retry_after_in_seconds_with_drfs_throttling_detail()
    {
        Inject(FaultRule.For(FaultRoute.Any).Respond(Fault.Status(429, RetryAfter.Seconds(2))));

        using var response = await Api.GetAsync(Api.Org("owned_chats"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Request was throttled. Expected available in 2 seconds.", (string?)body["detail"]);
    }

    [Fact]
    public async Task A_429_defaults_to_one_second_and_can_go_without_retry_after()
    {
        Plan = FaultPlan.Create()
            .Add(FaultRule.For(FaultRoute.Any).First(1).Respond(Fault.Status(429)))
            .Add(FaultRule.For(FaultRoute.Any).Respond(Fault.Status(429, RetryAfter.None)));

        using var first = await Api.GetAsync(Api.Org("owned_chats"));
        using var second = await Api.GetAsync(Api.Org("owned_chats"));

        Assert.Equal(TimeSpan.FromSeconds(1), first.Headers.RetryAfter?.Delta);
        Assert.Null(second.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Fact]
    public async Task A_429_can_say_retry_after_as_an_http_date_that_many_seconds_ahead()
    {
        Inject(FaultRule.For(FaultRoute.Any).Respond(Fault.Status(429, RetryAfter.HttpDate(3))));
        var before = DateTimeOffset.UtcNow;

        using var response = await Api.GetAsync(Api.Org("owned_chats"));

        var date = Assert.IsType<DateTimeOffset>(response.Headers.RetryAfter?.Date);
        Assert.Null(response.Headers.RetryAfter!.Delta);
        Assert.InRange(date, before.AddSeconds(2), DateTimeOffset.UtcNow.AddSeconds(4));
    }

    [Fact]
    public async Task Another_4xx_is_a_drf_detail_in_json()
    {
        Inject(FaultRule.For(FaultRoute.Any).Respond(Fault.Status(409)));

        var body = await Api.GetJsonAsync(Api.Org("owned_chats"), HttpStatusCode.Conflict);

        Assert.Equal("Conflict.", (string?)body["detail"]);
    }

    [Fact]
    public async Task A_burst_of_429_answers_the_next_requests_of_any_route_then_stops()
    {
        var chat = OpenOwnedChat;
        Inject(FaultRule.For(FaultRoute.Messages).First(1).Respond(Fault.BurstOf429(3, RetryAfter.Seconds(0))));

        int[] statuses =
        [
            await StatusOfAsync(Api.Org($"owned_chats/{chat.Id}/messages")),
            await StatusOfAsync(Api.Org("owned_chats")),
            await StatusOfAsync(Api.Org($"owned_chats/{chat.Id}")),
            await StatusOfAsync(Api.Org("owned_chats")),
        ];

        Assert.Equal([429, 429, 429, 200], statuses);
        Assert.Equal([FaultKind.BurstOf429, FaultKind.BurstOf429, FaultKind.BurstOf429], Plan.Injected.Select(fault => fault.Kind));
        Assert.Equal([1L, 2L, 3L], Plan.Injected.Select(fault => fault.RequestNumber));
    }

    [Fact]
    public async Task Reset_before_response_drops_the_connection_and_the_api_never_acts()
    {
        var chat = OpenOwnedChat;
        Inject(FaultRule.For(FaultRoute.Patch).Respond(Fault.ResetBeforeResponse));

        using var request = new HttpRequestMessage(HttpMethod.Patch, Api.Org($"owned_chats/{chat.Id}"))
        {
            Content = new StringContent("""{"is_ended": true}"""),
        };
        await Assert.ThrowsAsync<HttpRequestException>(() => Api.Http.SendAsync(request));

        Assert.False(chat.IsEnded);
        Assert.Equal(FaultKind.ResetBeforeResponse, Assert.Single(Plan.Injected).Kind);
    }

    [Fact]
    public async Task Reset_mid_body_sends_the_headers_and_half_the_real_body_then_drops_the_connection()
    {
        var whole = await Api.Http.GetByteArrayAsync(Api.Org("owned_chats"));
        Inject(FaultRule.For(FaultRoute.List).Respond(Fault.ResetMidBody));

        using var response = await Api.Http.GetAsync(Api.Org("owned_chats"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(whole.Length, response.Content.Headers.ContentLength);
        using var received = new MemoryStream();
        var stream = await response.Content.ReadAsStreamAsync();
        var exception = await Record.ExceptionAsync(() => stream.CopyToAsync(received));

        Assert.True(exception is IOException or HttpRequestException, $"got {exception?.GetType().Name ?? "no exception"}");
        Assert.Equal(whole[..(whole.Length / 2)], received.ToArray());
    }

    [Fact]
    public async Task Reset_mid_body_lets_the_api_act_first()
    {
        var chat = OpenOwnedChat;
        Inject(FaultRule.For(FaultRoute.Patch).Respond(Fault.ResetMidBody));

        var status = await StatusOfAsync(Api.Org($"owned_chats/{chat.Id}"), HttpMethod.Patch, """{"is_ended": true}""");

        Assert.Equal(0, status);
        Assert.True(chat.IsEnded);
    }

    [Fact]
    public async Task Truncated_json_is_the_first_half_of_the_real_body_with_a_matching_content_length()
    {
        var whole = await Api.Http.GetByteArrayAsync(Api.Org("owned_chats?is_ended=true"));
        Inject(FaultRule.For(FaultRoute.List).Respond(Fault.TruncatedJson));

        using var response = await Api.GetAsync(Api.Org("owned_chats?is_ended=true"));
        var cut = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(cut.Length, response.Content.Headers.ContentLength);
        Assert.Equal(whole[..(whole.Length / 2)], cut);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(cut));
    }

    [Fact]
    public async Task Invalid_json_is_a_200_application_json_answer_that_does_not_parse()
    {
        Inject(FaultRule.For(FaultRoute.Chat).Respond(Fault.InvalidJson));

        using var response = await Api.GetAsync(Api.Org($"owned_chats/{OpenOwnedChat.Id}"));
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task Slow_outlasts_a_short_client_timeout()
    {
        Inject(FaultRule.For(FaultRoute.List).Respond(Fault.Slow(TimeSpan.FromSeconds(5))));
        using var impatient = ImpatientClient(TimeSpan.FromMilliseconds(500));
        using var warmUp = await impatient.GetAsync(Api.Org($"owned_chats/{OpenOwnedChat.Id}"));
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.GetAsync(Api.Org("owned_chats")));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"took {watch.Elapsed}");
        Assert.Equal(FaultKind.Slow, Assert.Single(Plan.Injected).Kind);
    }

    [Fact]
    public async Task Slow_answers_with_the_real_response_after_the_delay()
    {
        var delay = TimeSpan.FromMilliseconds(150);
        Inject(FaultRule.For(FaultRoute.List).Respond(Fault.Slow(delay)));
        var watch = Stopwatch.StartNew();

        var page = await Api.GetJsonAsync(Api.Org("owned_chats"));

        Assert.True(watch.Elapsed >= delay, $"took {watch.Elapsed}");
        Assert.Equal(10, page["results"]!.AsArray().Count);
    }

    [Fact]
    public async Task Wrong_content_type_serves_the_real_json_as_text_html()
    {
        Inject(FaultRule.For(FaultRoute.List).Respond(Fault.WrongContentType));

        using var response = await Api.GetAsync(Api.Org("owned_chats"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(10, page["results"]!.AsArray().Count);
    }

    [Fact]
    public async Task Foreign_next_link_moves_a_cursor_pages_next_to_another_host_with_the_same_path()
    {
        var real = await Api.GetJsonAsync(Api.Org("owned_chats?is_ended=true"));
        Inject(FaultRule.For(FaultRoute.List).Respond(Fault.ForeignNextLink));

        var page = await Api.GetJsonAsync(Api.Org("owned_chats?is_ended=true"));

        var next = new Uri((string)page["next"]!);
        Assert.Equal(new Uri(Fault.ForeignOrigin), new Uri(next.GetLeftPart(UriPartial.Authority)));
        Assert.Equal(new Uri((string)real["next"]!).PathAndQuery, next.PathAndQuery);
        Assert.Equal(real["results"]!.ToJsonString(), page["results"]!.ToJsonString());
        Assert.Null(page["previous"]);
    }

    [Fact]
    public async Task Foreign_next_link_moves_the_page_numbered_listings_next_page_url()
    {
        Inject(FaultRule.For(FaultRoute.List).Respond(Fault.ForeignNextLink));

        var page = await Api.GetJsonAsync(Api.Org("chats?page_size=5"));

        Assert.StartsWith($"{Fault.ForeignOrigin}/api/v5/orgs/{Simulator.OrganizationId}/chats?", (string?)page["next_page_url"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Foreign_next_link_leaves_a_last_page_alone()
    {
        var chat = OpenOwnedChat;
        Inject(FaultRule.For(FaultRoute.Any).Respond(Fault.ForeignNextLink));

        var page = await Api.GetJsonAsync(Api.Org($"owned_chats/{chat.Id}/memberships"));

        Assert.Null(page["next"]);
        Assert.NotEmpty(page["results"]!.AsArray());
    }

    [Fact]
    public async Task Faults_that_spoil_the_answer_keep_the_apis_own_status_and_headers()
    {
        Inject(FaultRule.For(FaultRoute.Any).Respond(Fault.WrongContentType));
        using var anonymous = new HttpClient { BaseAddress = Simulator.BaseUri };

        using var response = await anonymous.GetAsync(Api.Org("owned_chats"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Token", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Invalid token.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_injected_fault_is_recorded_with_the_request()
    {
        Inject(FaultRule.For(FaultRoute.List).Respond(Fault.Status(503)));

        await StatusOfAsync(Api.Org($"owned_chats/{OpenOwnedChat.Id}"));
        await StatusOfAsync(Api.Org("owned_chats?is_ended=false"));

        var injected = Assert.Single(Plan.Injected);
        Assert.Equal(new InjectedFault(2, "GET", $"/{Api.Org("owned_chats")}", "?is_ended=false", Fault.Status(503)), injected);
        Assert.Equal([200, 503], Simulator.Requests.Snapshot().Select(request => request.StatusCode));
    }
}
