using System.Globalization;
using Giosg.Simulator.Faults;

namespace Giosg.Simulator;

/// <summary>
/// The ready-made <see cref="IFaultInjector"/>: the transient faults a correct client must survive by
/// retrying, injected into a share of all API requests. Decisions come from one seeded random behind a
/// lock, so the same seed and the same sequence of requests always fault the same requests the same way,
/// and every fault is recorded in <see cref="Injected"/>. Thread-safe.
/// </summary>
/// <remarks>
/// Set it on <see cref="GiosgSimulator.Faults"/>, <see cref="SimulatorOptions.Faults"/>, with
/// <c>PUT /_simulator/faults?spec=mixed:0.1&amp;seed=1</c> or with the command line's <c>--faults mixed:0.1</c>.
/// A test that needs one particular fault writes its own <see cref="IFaultInjector"/>.
/// </remarks>
public sealed class FaultPlan : IFaultInjector
{
    /// <summary>The faults mixed, each picked evenly among those safe for the request.</summary>
    private static readonly (FaultKind Kind, int Status)[] Mix =
    [
        (FaultKind.Status, StatusCodes.Status429TooManyRequests),
        (FaultKind.Status, StatusCodes.Status500InternalServerError),
        (FaultKind.Status, StatusCodes.Status502BadGateway),
        (FaultKind.Status, StatusCodes.Status503ServiceUnavailable),
        (FaultKind.Status, StatusCodes.Status504GatewayTimeout),
        (FaultKind.ResetBeforeResponse, 0),
        (FaultKind.ResetMidBody, 0),
        (FaultKind.Slow, 0),
    ];

    private readonly Lock _lock = new();
    private readonly Random _random;
    private readonly List<InjectedFault> _injected = [];
    private long _seen;

    private FaultPlan(double rate, int seed)
    {
        Rate = rate;
        Seed = seed;
        _random = new Random(seed);
    }

    /// <summary>
    /// For a test's own injector: runs the real API, so the change is applied, then sends half its answer
    /// and drops the connection: "applied, answer lost", what a retried write must report honestly.
    /// </summary>
    public static async Task ApplyThenLoseAnswerAsync(HttpContext context)
    {
        if (await DownstreamFeature.RunBufferedAsync(context) is { } body)
        {
            await MidBodyReset.SendAsync(context, body);
        }
    }

    /// <summary>How long a slow answer waits: clients under test should time out an attempt sooner.</summary>
    public static TimeSpan TransientDelay { get; } = TimeSpan.FromSeconds(2);

    /// <summary>The share of API requests faulted, 0 to 1.</summary>
    public double Rate { get; }

    /// <summary>The seed of the plan's random.</summary>
    public int Seed { get; }

    /// <summary>Every fault injected so far, in the order decided (which is the order requests arrived).</summary>
    public IReadOnlyList<InjectedFault> Injected
    {
        get
        {
            lock (_lock)
            {
                return [.. _injected];
            }
        }
    }

    /// <summary>
    /// Faults a share <paramref name="rate"/> of all API requests, evenly mixed: 429 (Retry-After 0 or 1
    /// second), 500, 502, 503 and 504 with HTML bodies, a reset before the answer, a reset mid-body (GET
    /// and HEAD only) and a slow answer (<see cref="TransientDelay"/>). A non-idempotent POST (anything but
    /// <c>POST …/tags</c>) is never reset, because its client cannot tell whether it was processed.
    /// </summary>
    /// <param name="rate">The share of requests faulted, 0 to 1.</param>
    /// <param name="seed">The seed of the plan's random.</param>
    public static FaultPlan MixedTransient(double rate, int seed)
    {
        if (!(rate is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "A rate is from 0 to 1.");
        }

        return new(rate, seed);
    }

    /// <summary>A plan from the command line's form, <c>mixed:RATE</c>, e.g. <c>mixed:0.1</c>.</summary>
    public static bool TryParse(string? spec, int seed, out FaultPlan? plan, out string? error)
    {
        plan = null;
        error = null;
        const string Prefix = "mixed:";
        if (spec is not null && spec.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            && double.TryParse(spec.AsSpan(Prefix.Length), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate)
            && rate is >= 0 and <= 1)
        {
            plan = new FaultPlan(rate, seed);
            return true;
        }

        error = $"'{spec}' is not a fault spec; use mixed:RATE with RATE from 0 to 1, e.g. mixed:0.1.";
        return false;
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Decide(context.Request) is not { } fault)
        {
            return false;
        }

        switch (fault.Kind)
        {
            case FaultKind.Status:
                await ErrorPages.WriteStatusAsync(context, fault.StatusCode, fault.RetryAfterSeconds);
                return true;
            case FaultKind.ResetBeforeResponse:
                context.Abort();
                return true;
            case FaultKind.ResetMidBody:
                if (await DownstreamFeature.RunBufferedAsync(context) is { } body)
                {
                    await MidBodyReset.SendAsync(context, body);
                }

                return true;
            default:
                try
                {
                    await Task.Delay(TransientDelay, context.RequestAborted);
                    return false;
                }
                catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
                {
                    // A client that gave up has nobody left to answer: count it as answered.
                    return true;
                }
        }
    }

    /// <summary>The form the command line takes.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"mixed:{Rate}");

    /// <summary>Picks the request's fault, if any, and records it; all under the lock, so the random's draws follow request order.</summary>
    private InjectedFault? Decide(HttpRequest request)
    {
        var safe = Mix.Where(fault => IsSafe(fault.Kind, request)).ToArray();
        lock (_lock)
        {
            var number = ++_seen;
            if (_random.NextDouble() >= Rate)
            {
                return null;
            }

            var (kind, status) = safe[_random.Next(safe.Length)];
            int? retryAfter = status == StatusCodes.Status429TooManyRequests ? _random.Next(2) : null;
            var fault = new InjectedFault(number, request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "", kind, status, retryAfter);
            _injected.Add(fault);
            return fault;
        }
    }

    private static bool IsSafe(FaultKind kind, HttpRequest request) => kind switch
    {
        FaultKind.ResetMidBody => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method),
        FaultKind.ResetBeforeResponse => !HttpMethods.IsPost(request.Method) || request.Path.Value.AsSpan().TrimEnd('/').EndsWith("/tags", StringComparison.OrdinalIgnoreCase),
        _ => true,
    };
}
