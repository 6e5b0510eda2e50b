using Giosg.Client.Chats;
using Giosg.Client.Errors;
using Giosg.Client.Http;
using Giosg.Client.Json;
using Giosg.Client.Tags;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Resilience;

/// <summary>Retries against the simulator with injected faults: what is repeated, what is not, and what the caller sees.</summary>
public sealed class RetryTests : IAsyncLifetime
{
    private GiosgSimulator _sim = null!;

    public async Task InitializeAsync() =>
        _sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 300, Seed = 9, PageSize = 50, Now = SimulatorFixture.Now });

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    private SimChat Owned(int index) => _sim.Data.OwnedChats.Where(chat => !chat.IsEnded).Skip(index).First();

    private int Logged(string method, string pathEnd) =>
        _sim.Requests.Snapshot().Count(request => request.Method == method && request.Path.EndsWith(pathEnd, StringComparison.Ordinal));

    private GiosgClient Client(RetrySettings? retry = null)
    {
        Assert.True(Connections.ApiToken.TryCreate(_sim.Token, out var token, out _));
        return new GiosgClient(new Connections.GiosgConnection(token, new Connections.GiosgConnectionOptions
        {
            OrganizationId = _sim.OrganizationId,
            BaseUri = _sim.BaseUri,
            ReportingBaseUri = _sim.BaseUri,
            Retry = retry ?? SimulatorFixture.FastRetries,
        }));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    public async Task A_transient_status_on_a_get_is_retried_until_it_succeeds(int status)
    {
        var chat = Owned(0);
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Path.Value!.EndsWith(chat.Id.ToString("D"), StringComparison.Ordinal), 2, DelegateFaultInjector.Status(status));

        var read = await Client().Chats.GetAsync(chat.Id, ChatScope.Owned);

        Assert.Equal(chat.Id, read.Id);
        Assert.Equal(3, Logged("GET", chat.Id.ToString("D")));
    }

    [Fact]
    public async Task A_429_is_retried_after_the_servers_retry_after()
    {
        var chat = Owned(1);
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Path.Value!.EndsWith(chat.Id.ToString("D"), StringComparison.Ordinal), 1, DelegateFaultInjector.Status(429, retryAfter: "1"));
        var lines = new List<string>();

        using (RequestTrace.Begin(lines.Add))
        {
            await Client().Chats.GetAsync(chat.Id, ChatScope.Owned);
        }

        Assert.Equal(2, Logged("GET", chat.Id.ToString("D")));
        Assert.Contains(lines, line => line.StartsWith("Retrying GET", StringComparison.Ordinal) && line.Contains("in 1.0 s", StringComparison.Ordinal) && line.Contains("429", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_retry_after_beyond_the_wait_budget_fails_at_once_as_rate_limited()
    {
        var chat = Owned(2);
        _sim.Faults = DelegateFaultInjector.FirstTimes(_ => true, 100, DelegateFaultInjector.Status(429, retryAfter: "3600"));

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => Client().Chats.GetAsync(chat.Id, ChatScope.Owned));

        Assert.Equal(GiosgErrorKind.RateLimited, error.Kind);
        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Equal(1, Logged("GET", chat.Id.ToString("D")));
    }

    [Fact]
    public async Task Exhausted_retries_name_the_request_the_attempts_and_the_last_status()
    {
        var chat = Owned(3);
        _sim.Faults = DelegateFaultInjector.FirstTimes(_ => true, 100, DelegateFaultInjector.Status(503));

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => Client(SimulatorFixture.FastRetries with { MaxRetries = 2 }).Chats.GetAsync(chat.Id, ChatScope.Owned));

        Assert.Equal(GiosgErrorKind.ServerError, error.Kind);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Contains("after 3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Contains(chat.Id.ToString("D"), error.Message, StringComparison.Ordinal);
        Assert.Equal(3, Logged("GET", chat.Id.ToString("D")));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task Client_errors_are_not_retried(int status)
    {
        var chat = Owned(4);
        _sim.Faults = DelegateFaultInjector.FirstTimes(_ => true, 100, DelegateFaultInjector.Status(status));

        await Assert.ThrowsAsync<GiosgApiException>(() => Client().Chats.GetAsync(chat.Id, ChatScope.Owned));

        Assert.Equal(1, Logged("GET", chat.Id.ToString("D")));
    }

    [Fact]
    public async Task A_connection_reset_on_a_non_idempotent_post_is_reported_and_not_retried()
    {
        var calls = 0;
        _sim.Faults = new DelegateFaultInjector(context =>
        {
            Interlocked.Increment(ref calls);
            context.Abort();
            return ValueTask.FromResult(true);
        });
        var client = Client();
        var request = ApiRequest.Post(new Uri(_sim.BaseUri, $"api/v5/users/{_sim.UserId:D}/chats"), new TagName("x"), GiosgJsonContext.Default.TagName, idempotent: false);

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => client.Connection.Transport.SendForJsonAsync(request, GiosgJsonContext.Default.Chat, CancellationToken.None));

        Assert.Equal(GiosgErrorKind.Network, error.Kind);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Adding_a_tag_is_retried_because_the_api_answers_200_for_an_existing_tag()
    {
        var chat = Owned(5);
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Method == "POST", 1, DelegateFaultInjector.Reset);

        var change = await Client().Tags.AddAsync(new ChatReference(chat.Id), "Retried");

        Assert.Equal(TagChangeOutcome.Added, change.Outcome);
        Assert.Contains("Retried", _sim.Data.ChatTags(chat.Id));
    }

    [Fact]
    public async Task A_tag_post_applied_but_whose_answer_was_lost_is_reported_added()
    {
        var chat = Owned(11);
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Method == "POST" && request.Path.Value!.Contains("/tags", StringComparison.Ordinal), 1, FaultPlan.ApplyThenLoseAnswerAsync);

        var change = await Client().Tags.AddAsync(new ChatReference(chat.Id), "Lost answer");

        Assert.Equal(TagChangeOutcome.Added, change.Outcome);
        Assert.Equal(2, Logged("POST", "/tags"));
        Assert.Single(_sim.Data.ChatTags(chat.Id), name => name == "Lost answer");
    }

    [Fact]
    public async Task A_tag_delete_applied_but_whose_answer_was_lost_is_reported_removed()
    {
        var chat = Owned(12);
        var client = Client();
        await client.Tags.AddAsync(new ChatReference(chat.Id), "Doomed");
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Method == "DELETE" && request.Path.Value!.Contains("/tags/", StringComparison.Ordinal), 1, FaultPlan.ApplyThenLoseAnswerAsync);

        var change = await client.Tags.RemoveAsync(new ChatReference(chat.Id), "Doomed");

        Assert.Equal(TagChangeOutcome.Removed, change.Outcome);
        Assert.Equal(2, Logged("DELETE", "/tags/Doomed"));
        Assert.DoesNotContain("Doomed", _sim.Data.ChatTags(chat.Id));
    }

    [Fact]
    public async Task A_retried_tag_delete_on_a_chat_that_does_not_exist_is_still_not_found()
    {
        var missing = Guid.NewGuid();
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Method == "DELETE" && request.Path.Value!.Contains("/tags/", StringComparison.Ordinal), 1, DelegateFaultInjector.Reset);

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => Client().Tags.RemoveAsync(new ChatReference(missing), "Lead"));

        Assert.Equal(GiosgErrorKind.NotFound, error.Kind);
        Assert.Equal(2, error.Attempts);
    }

    [Fact]
    public async Task Ending_a_chat_is_retried_after_a_reset_and_ends_it_once()
    {
        var chat = Owned(6);
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Method == "PATCH", 1, DelegateFaultInjector.Reset);

        var ended = await Client().Chats.EndAsync(new ChatReference(chat.Id));

        Assert.True(ended.IsEnded);
        Assert.True(chat.IsEnded);
    }

    [Fact]
    public async Task A_truncated_body_is_retried()
    {
        var chat = Owned(7);
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Path.Value!.EndsWith(chat.Id.ToString("D"), StringComparison.Ordinal), 1, DelegateFaultInjector.Truncated);

        var read = await Client().Chats.GetAsync(chat.Id, ChatScope.Owned);

        Assert.Equal(chat.Id, read.Id);
        Assert.Equal(2, Logged("GET", chat.Id.ToString("D")));
    }

    [Fact]
    public async Task An_attempt_that_takes_too_long_is_abandoned_and_retried()
    {
        var chat = Owned(8);
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Path.Value!.EndsWith(chat.Id.ToString("D"), StringComparison.Ordinal), 1, DelegateFaultInjector.Slow(TimeSpan.FromSeconds(30)));

        var read = await Client(SimulatorFixture.FastRetries with { AttemptTimeout = TimeSpan.FromMilliseconds(300) }).Chats.GetAsync(chat.Id, ChatScope.Owned);

        Assert.Equal(chat.Id, read.Id);
    }

    [Fact]
    public async Task A_failed_page_is_read_again_from_the_same_url_so_no_chat_is_lost_or_repeated()
    {
        var clean = await Client().Chats.List(new ChatListRequest()).Select(chat => chat.Id).ToListAsync();
        var cursorPages = 0;
        _sim.Faults = new DelegateFaultInjector(async context =>
        {
            // Break the third page once, mid-listing.
            if (context.Request.Query.ContainsKey("cursor") && Interlocked.Increment(ref cursorPages) == 2)
            {
                await DelegateFaultInjector.Status(502)(context);
                return true;
            }

            return false;
        });

        var faulted = await Client().Chats.List(new ChatListRequest()).Select(chat => chat.Id).ToListAsync();

        Assert.Equal(clean, faulted);
    }

    [Fact]
    public async Task Cancelling_during_a_retry_wait_stops_at_once_with_a_cancellation()
    {
        var chat = Owned(9);
        _sim.Faults = DelegateFaultInjector.FirstTimes(_ => true, 100, DelegateFaultInjector.Status(503));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var slowRetries = SimulatorFixture.FastRetries with { BaseDelay = TimeSpan.FromSeconds(30), MaxRetryWait = TimeSpan.FromMinutes(2) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client(slowRetries).Chats.GetAsync(chat.Id, ChatScope.Owned, cancellation.Token));
    }

    [Fact]
    public async Task The_rate_gate_holds_every_request_of_the_connection_until_the_pause_ends()
    {
        var gate = new RateGate();
        gate.PauseUntil(DateTimeOffset.UtcNow.AddHours(1));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.WaitAsync(cancellation.Token));
        await new RateGate().WaitAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Trace_lines_name_each_attempt_without_the_token()
    {
        var chat = Owned(10);
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Path.Value!.EndsWith(chat.Id.ToString("D"), StringComparison.Ordinal), 1, DelegateFaultInjector.Status(500));
        var lines = new List<string>();

        using (RequestTrace.Begin(lines.Add))
        {
            await Client().Chats.GetAsync(chat.Id, ChatScope.Owned);
        }

        Assert.Equal(3, lines.Count);
        Assert.Matches($"^GET /api/v5/orgs/{_sim.OrganizationId:D}/owned_chats/{chat.Id:D} -> 500 in \\d+ ms$", lines[0]);
        Assert.StartsWith("Retrying GET", lines[1], StringComparison.Ordinal);
        Assert.Matches(" -> 200 in \\d+ ms \\(attempt 2\\)$", lines[2]);
        Assert.DoesNotContain(lines, line => line.Contains(_sim.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Debug_lines_summarise_each_page()
    {
        var debug = new List<string>();

        using (RequestTrace.Begin(_ => { }, debug.Add))
        {
            await Client().Chats.List(new ChatListRequest()).ToListAsync();
        }

        Assert.True(debug.Count > 1);
        Assert.Matches("^Page 1 of /api/v5/orgs/[0-9a-f-]+/owned_chats\\?ordering=created_at: 50 items, more to follow\\.$", debug[0]);
        Assert.EndsWith("the last page.", debug[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_in_a_query_string_is_masked_in_trace_lines() =>
        Assert.Equal("/x?a=1&token=********&b=2", RequestTrace.SafePathAndQuery(new Uri("https://h/x?a=1&token=s3cret&b=2")));
}
