using Giosg.Simulator.Faults;

namespace Giosg.Simulator;

/// <summary>
/// A ready-made <see cref="IFaultInjector"/>: rules tried in order for every API request, the first
/// that picks the request decides its fault. Decisions come from one seeded random behind a lock, so
/// the same seed and the same sequence of requests always fault the same requests the same way, and
/// every fault is recorded in <see cref="Injected"/>. Thread-safe; rules may be added while it runs.
/// </summary>
/// <remarks>
/// A rule counts the requests it is asked about (for <see cref="FaultRule.First"/> and
/// <see cref="FaultRule.Every"/>) and draws one random number per request it matches when it has a
/// <see cref="FaultRule.Probability"/>; rules after the one that fired are not asked. While a
/// <see cref="FaultKind.BurstOf429"/> lasts, requests are answered 429 without asking any rule.
/// Set it on <see cref="GiosgSimulator.Faults"/>, <see cref="SimulatorOptions.Faults"/>, with
/// <c>PUT /_simulator/faults</c> or with the command line's <c>--faults</c>.
/// </remarks>
/// <example>
/// <code>
/// simulator.Faults = FaultPlan.Create(seed: 1)
///     .Add(FaultRule.For(FaultRoute.Patch).Probability(0.1).Respond(Fault.Status(503)))
///     .Add(FaultRule.For(FaultRoute.List).First(3).Respond(Fault.Status(429, RetryAfter.Seconds(0))))
///     .Add(FaultRule.For(FaultRoute.Messages).Every(5).Respond(Fault.ResetMidBody));
/// // … run the client …
/// var faulted = ((FaultPlan)simulator.Faults).Injected; // (RequestNumber, Method, Path, Query, Fault)
/// </code>
/// </example>
public sealed class FaultPlan : IFaultInjector
{
    private readonly Lock _lock = new();
    private readonly Random _random;
    private readonly List<RuleState> _rules = [];
    private readonly List<InjectedFault> _injected = [];
    private long _seen;
    private Fault? _burst;
    private int _burstLeft;

    private FaultPlan(int seed)
    {
        Seed = seed;
        _random = new Random(seed);
    }

    /// <summary>How long <see cref="MixedTransient"/>'s slow answers wait: clients under test should time out an attempt sooner.</summary>
    public static TimeSpan TransientDelay { get; } = TimeSpan.FromSeconds(2);

    /// <summary>The seed of the plan's random.</summary>
    public int Seed { get; }

    /// <summary>The rules, in the order they are tried.</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_lock)
            {
                return [.. _rules.Select(state => state.Rule)];
            }
        }
    }

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

    /// <summary>A plan without rules; <see cref="Add"/> gives it some.</summary>
    public static FaultPlan Create(int seed = 1) => new(seed);

    /// <summary>
    /// The transient faults a correct client must survive by retrying, injected into a share
    /// <paramref name="rate"/> of all API requests, evenly mixed: 429 (Retry-After 0 or 1 second), 500,
    /// 502, 503 and 504 with HTML bodies, <see cref="Fault.ResetBeforeResponse"/>,
    /// <see cref="Fault.ResetMidBody"/> (GET and HEAD only) and <see cref="Fault.Slow"/> by
    /// <see cref="TransientDelay"/>. A non-idempotent POST (anything but <c>POST …/tags</c>) is never reset.
    /// </summary>
    /// <param name="rate">The share of requests faulted, 0 to 1.</param>
    /// <param name="seed">The seed of the plan's random.</param>
    public static FaultPlan MixedTransient(double rate, int seed) => Create(seed).Add(MixedTransientRule(rate));

    /// <summary>A plan from the command line's short form, e.g. <c>mixed:0.1</c> or <c>patch:503@0.2,list:429@first3</c> (see the README).</summary>
    /// <exception cref="FormatException">The text is not a fault spec; the message says where.</exception>
    public static FaultPlan Parse(string spec, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return FaultSpec.TryParse(spec, seed, out var plan, out var error) ? plan : throw new FormatException(error);
    }

    /// <summary>Adds a rule after the others; returns this plan, so calls chain.</summary>
    /// <exception cref="ArgumentException">The rule has no fault (<see cref="FaultRule.Respond"/> was not called).</exception>
    public FaultPlan Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Fault is null)
        {
            throw new ArgumentException("The rule says which requests but not what happens to them; call Respond(…).", nameof(rule));
        }

        lock (_lock)
        {
            _rules.Add(new RuleState(rule));
        }

        return this;
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Decide(context.Request) is { } fault && await FaultResponses.ApplyAsync(context, fault);
    }

    /// <summary>The rules in the command line's form, comma-separated.</summary>
    public override string ToString() => string.Join(',', Rules);

    /// <summary>The one rule of <see cref="MixedTransient"/>, which the command line's <c>mixed:RATE</c> adds too.</summary>
    internal static FaultRule MixedTransientRule(double rate) =>
        FaultRule.For(FaultRoute.Any).Probability(rate).Respond(Fault.OneOf(
            Fault.OneOf(Fault.Status(StatusCodes.Status429TooManyRequests, RetryAfter.Seconds(0)), Fault.Status(StatusCodes.Status429TooManyRequests, RetryAfter.Seconds(1))),
            Fault.Status(StatusCodes.Status500InternalServerError),
            Fault.Status(StatusCodes.Status502BadGateway),
            Fault.Status(StatusCodes.Status503ServiceUnavailable),
            Fault.Status(StatusCodes.Status504GatewayTimeout),
            Fault.ResetBeforeResponse,
            Fault.ResetMidBody,
            Fault.Slow(TransientDelay)));

    /// <summary>Picks the request's fault, if any, and records it; all under the lock, so the random's draws follow request order.</summary>
    private Fault? Decide(HttpRequest request)
    {
        var route = FaultRoutes.Classify(request);
        lock (_lock)
        {
            var number = ++_seen;
            if (_burstLeft > 0)
            {
                _burstLeft--;
                return Record(number, request, _burst!);
            }

            foreach (var state in _rules)
            {
                var rule = state.Rule;
                if (!rule.Matches(request, route) || !rule.Selection.Selects(++state.Matched, _random))
                {
                    continue;
                }

                if (rule.Fault!.Pick(request, _random) is not { } fault)
                {
                    continue;
                }

                if (fault.Kind == FaultKind.BurstOf429)
                {
                    _burst = fault;
                    _burstLeft = fault.Count - 1;
                }

                return Record(number, request, fault);
            }

            return null;
        }
    }

    private Fault Record(long number, HttpRequest request, Fault fault)
    {
        _injected.Add(new InjectedFault(number, request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "", fault));
        return fault;
    }

    /// <summary>A rule and how many requests it has matched in this plan.</summary>
    private sealed class RuleState(FaultRule rule)
    {
        public FaultRule Rule { get; } = rule;

        public long Matched { get; set; }
    }
}
