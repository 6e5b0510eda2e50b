using Giosg.Client.Chats;
using Giosg.Client.Errors;
using Giosg.Client.Http;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Resilience;

/// <summary>
/// The connection-wide 429 pause: waited outside the per-attempt timeout, paid from the request's
/// own wait budget, refused at once (as RateLimited, naming the wait) when it cannot fit, and set
/// only by a request that is itself going to wait it out.
/// </summary>
public sealed class RateGateTests : IAsyncLifetime
{
    private GiosgSimulator _sim = null!;

    public async Task InitializeAsync() =>
        _sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 60, Seed = 11, PageSize = 50, Now = SimulatorFixture.Now });

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    private SimChat Owned(int index) => _sim.Data.OwnedChats.Skip(index).First();

    private int Logged(Guid chat) =>
        _sim.Requests.Snapshot().Count(request => request.Path.EndsWith(chat.ToString("D"), StringComparison.Ordinal));

    private GiosgClient Client(RetrySettings retry) => new(SimulatorFixture.Connect(_sim, retry: retry));

    [Fact]
    public async Task A_pause_longer_than_the_attempt_timeout_is_waited_out_before_the_attempt_starts()
    {
        var chat = Owned(0);
        var client = Client(SimulatorFixture.FastRetries with { MaxRetries = 0, AttemptTimeout = TimeSpan.FromSeconds(2) });
        client.Connection.Transport.Gate.PauseUntil(DateTimeOffset.UtcNow.AddSeconds(3));

        var read = await client.Chats.GetAsync(chat.Id, ChatScope.Owned);

        Assert.Equal(chat.Id, read.Id);
        Assert.Equal(1, Logged(chat.Id));
    }

    [Fact]
    public async Task A_pause_beyond_the_wait_budget_fails_at_once_as_rate_limited_naming_the_wait_and_sends_nothing()
    {
        var chat = Owned(1);
        var client = Client(SimulatorFixture.FastRetries);
        client.Connection.Transport.Gate.PauseUntil(DateTimeOffset.UtcNow.AddSeconds(120));

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => client.Chats.GetAsync(chat.Id, ChatScope.Owned));

        Assert.Equal(GiosgErrorKind.RateLimited, error.Kind);
        Assert.Matches("wait 1[12]\\d s", error.Message);
        Assert.Contains("MaxRetryWait", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.RetryAfter);
        Assert.Equal(0, Logged(chat.Id));
    }

    [Fact]
    public async Task A_retry_after_inside_the_wait_budget_but_past_the_deadline_fails_at_once_as_rate_limited()
    {
        var chat = Owned(2);
        var calls = 0;
        _sim.Faults = new DelegateFaultInjector(async context =>
        {
            if (!context.Request.Path.Value!.EndsWith(chat.Id.ToString("D"), StringComparison.Ordinal))
            {
                return false;
            }

            // The first attempt outlives its timeout (1 s gone), the second asks for 2 s more: 3 s > the 2.5 s deadline.
            if (Interlocked.Increment(ref calls) == 1)
            {
                await DelegateFaultInjector.Slow(TimeSpan.FromSeconds(30))(context);
            }
            else
            {
                await DelegateFaultInjector.Status(429, retryAfter: "2")(context);
            }

            return true;
        });
        var retry = new RetrySettings { BaseDelay = TimeSpan.Zero, MaxRetryWait = TimeSpan.FromSeconds(2), AttemptTimeout = TimeSpan.FromSeconds(1), RequestDeadline = TimeSpan.FromSeconds(2.5) };
        var client = Client(retry);

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => client.Chats.GetAsync(chat.Id, ChatScope.Owned));

        Assert.Equal(GiosgErrorKind.RateLimited, error.Kind);
        Assert.Contains("wait 2 s", error.Message, StringComparison.Ordinal);
        Assert.Contains("deadline", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_429_the_request_will_not_wait_out_leaves_the_gate_open_for_other_requests()
    {
        var limited = Owned(3);
        var other = Owned(4);
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Path.Value!.EndsWith(limited.Id.ToString("D"), StringComparison.Ordinal), 1, DelegateFaultInjector.Status(429, retryAfter: "120"));
        var client = Client(SimulatorFixture.FastRetries with { AttemptTimeout = TimeSpan.FromSeconds(2) });

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => client.Chats.GetAsync(limited.Id, ChatScope.Owned));
        var read = await client.Chats.GetAsync(other.Id, ChatScope.Owned);

        Assert.Equal(GiosgErrorKind.RateLimited, error.Kind);
        Assert.Equal(other.Id, read.Id);
        Assert.Equal(TimeSpan.Zero, client.Connection.Transport.Gate.Remaining);
    }

    [Fact]
    public async Task A_429_the_request_waits_out_closes_the_gate_for_the_whole_connection()
    {
        var chat = Owned(5);
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Path.Value!.EndsWith(chat.Id.ToString("D"), StringComparison.Ordinal), 1, DelegateFaultInjector.Status(429, retryAfter: "1"));
        var client = Client(SimulatorFixture.FastRetries);
        var closed = false;

        using (RequestTrace.Begin(line => closed |= line.StartsWith("Retrying", StringComparison.Ordinal) && client.Connection.Transport.Gate.Remaining > TimeSpan.Zero))
        {
            await client.Chats.GetAsync(chat.Id, ChatScope.Owned);
        }

        Assert.True(closed);
        Assert.Equal(2, Logged(chat.Id));
    }

    [Theory]
    [InlineData(180, 30)]
    [InlineData(240, 30)]
    public void A_wait_budget_the_request_deadline_cannot_hold_is_refused(int waitSeconds, int attemptSeconds)
    {
        var settings = new RetrySettings { MaxRetryWait = TimeSpan.FromSeconds(waitSeconds), AttemptTimeout = TimeSpan.FromSeconds(attemptSeconds) };

        var error = Assert.Throws<ArgumentException>(settings.Validate);

        Assert.Equal(nameof(RetrySettings.MaxRetryWait), error.ParamName);
        Assert.Contains("deadline", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attempt_timeout_longer_than_the_deadline_is_refused()
    {
        var settings = new RetrySettings { AttemptTimeout = TimeSpan.FromMinutes(5) };

        var error = Assert.Throws<ArgumentException>(settings.Validate);

        Assert.Equal(nameof(RetrySettings.AttemptTimeout), error.ParamName);
    }
}
