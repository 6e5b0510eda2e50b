using System.Net;
using Giosg.Simulator.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Giosg.Simulator.Tests;

public sealed class FaultInjectionTests : OwnSimulator
{
    [Fact]
    public async Task A_fault_injector_can_answer_a_request_and_the_answer_is_logged()
    {
        Simulator.Faults = new FailFirst(count: 1, StatusCodes.Status503ServiceUnavailable);

        using var failed = await Api.GetAsync(Api.Org("owned_chats"));
        using var retried = await Api.GetAsync(Api.Org("owned_chats"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal("30", failed.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal([503, 200], Simulator.Requests.Snapshot().Select(request => request.StatusCode));
    }

    [Fact]
    public async Task The_fault_injector_runs_before_authentication_and_routing()
    {
        Simulator.Faults = new FailFirst(count: 2, StatusCodes.Status429TooManyRequests);
        using var anonymous = new HttpClient { BaseAddress = Simulator.BaseUri };

        using var unauthenticated = await anonymous.GetAsync(Api.Org("owned_chats"));
        using var unknownPath = await Api.GetAsync("api/v5/no/such/path");

        Assert.Equal(HttpStatusCode.TooManyRequests, unauthenticated.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, unknownPath.StatusCode);
    }

    [Fact]
    public async Task Removing_the_fault_injector_restores_normal_answers()
    {
        Simulator.Faults = new FailFirst(count: int.MaxValue, StatusCodes.Status500InternalServerError);
        using var failed = await Api.GetAsync(Api.Org("owned_chats"));

        Simulator.Faults = null;
        using var served = await Api.GetAsync(Api.Org("owned_chats"));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task In_flight_requests_are_counted_at_their_peak()
    {
        const int Concurrent = 4;
        var gate = new HoldUntil(Concurrent);
        Simulator.Faults = gate;

        var responses = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ => Api.GetAsync(Api.Org("owned_chats"))));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(Concurrent, Simulator.Requests.MaxInFlight);
        Assert.True(Simulator.Requests.WaitUntilIdle(TimeSpan.FromMinutes(1)));
        Assert.Equal(0, Simulator.Requests.InFlight);

        Simulator.Requests.ResetMaxInFlight();
        Assert.Equal(0, Simulator.Requests.MaxInFlight);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    /// <summary>Answers the first <paramref name="count"/> requests with a status (and Retry-After), then lets requests through.</summary>
    private sealed class FailFirst(int count, int status) : IFaultInjector
    {
        private int _seen;

        public async ValueTask<bool> TryHandleAsync(HttpContext context)
        {
            if (Interlocked.Increment(ref _seen) > count)
            {
                return false;
            }

            context.Response.StatusCode = status;
            context.Response.Headers.RetryAfter = "30";
            await context.Response.WriteAsync("{\"detail\":\"Injected fault.\"}");
            return true;
        }
    }

    /// <summary>Holds every request until <paramref name="count"/> are in flight together, then lets them all through.</summary>
    private sealed class HoldUntil(int count) : IFaultInjector
    {
        private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public async ValueTask<bool> TryHandleAsync(HttpContext context)
        {
            if (Interlocked.Increment(ref _arrived) == count)
            {
                _allArrived.SetResult();
            }

            await _allArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
            return false;
        }
    }
}
