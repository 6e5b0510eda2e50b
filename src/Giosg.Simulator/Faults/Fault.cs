using System.Globalization;
using Giosg.Simulator.Faults;

namespace Giosg.Simulator;

/// <summary>
/// What a <see cref="FaultRule"/> does to a request it picks. Immutable; build one with the static
/// members, e.g. <c>Fault.Status(503)</c>, <c>Fault.Status(429, RetryAfter.HttpDate(2))</c>,
/// <c>Fault.Slow(TimeSpan.FromSeconds(2))</c> or <c>Fault.OneOf(Fault.Status(502), Fault.ResetMidBody)</c>.
/// </summary>
/// <remarks>
/// Faults that answer instead of the API (<see cref="FaultKind.Status"/>, <see cref="FaultKind.BurstOf429"/>,
/// <see cref="FaultKind.ResetBeforeResponse"/>, <see cref="FaultKind.InvalidJson"/>) leave the simulated
/// data untouched. Faults that spoil the API's answer (<see cref="FaultKind.ResetMidBody"/>,
/// <see cref="FaultKind.TruncatedJson"/>, <see cref="FaultKind.WrongContentType"/>,
/// <see cref="FaultKind.ForeignNextLink"/>) let the API act first, so a PATCH or POST they hit has happened.
/// </remarks>
public sealed record Fault
{
    /// <summary>Where <see cref="ForeignNextLink"/> points listings: a host that cannot exist (RFC 2606) on a port nothing serves.</summary>
    public const string ForeignOrigin = "http://evil.invalid:1";

    private Fault(FaultKind kind) => Kind = kind;

    /// <summary>What the fault does.</summary>
    public FaultKind Kind { get; }

    /// <summary>The status of <see cref="FaultKind.Status"/> and <see cref="FaultKind.BurstOf429"/> (429); 0 otherwise.</summary>
    public int StatusCode { get; private init; }

    /// <summary>The <c>Retry-After</c> of <see cref="FaultKind.Status"/> and <see cref="FaultKind.BurstOf429"/>.</summary>
    public RetryAfter RetryAfter { get; private init; } = RetryAfter.None;

    /// <summary>How many requests in a row a <see cref="FaultKind.BurstOf429"/> answers, the first included; 0 otherwise.</summary>
    public int Count { get; private init; }

    /// <summary>How long <see cref="FaultKind.Slow"/> holds a request back.</summary>
    public TimeSpan Delay { get; private init; }

    /// <summary>The choices of <see cref="FaultKind.OneOf"/>; empty otherwise. (Compared by reference in record equality.)</summary>
    public IReadOnlyList<Fault> Options { get; private init; } = [];

    /// <summary>Drops the connection without an answer. Clients see an <see cref="HttpRequestException"/>.</summary>
    public static Fault ResetBeforeResponse { get; } = new(FaultKind.ResetBeforeResponse);

    /// <summary>
    /// Sends the API's status, headers (with the full Content-Length) and half its body, then drops the
    /// connection. An empty answer (204) is dropped before its headers instead.
    /// </summary>
    public static Fault ResetMidBody { get; } = new(FaultKind.ResetMidBody);

    /// <summary>Sends the first half of the API's body with a Content-Length of that half: a complete response of invalid JSON.</summary>
    public static Fault TruncatedJson { get; } = new(FaultKind.TruncatedJson);

    /// <summary>Answers 200 with <c>application/json</c> and an HTML page, as a misconfigured proxy might.</summary>
    public static Fault InvalidJson { get; } = new(FaultKind.InvalidJson);

    /// <summary>Serves the API's answer as <c>text/html; charset=utf-8</c>.</summary>
    public static Fault WrongContentType { get; } = new(FaultKind.WrongContentType);

    /// <summary>
    /// Serves the API's answer with a listing's <c>next</c> (cursor listings) or <c>next_page_url</c>
    /// (the page-numbered listing) moved to <see cref="ForeignOrigin"/>, same path and query. Answers
    /// without such a link are served unchanged.
    /// </summary>
    public static Fault ForeignNextLink { get; } = new(FaultKind.ForeignNextLink);

    /// <summary>
    /// Answers with <paramref name="statusCode"/> instead of the API: 429 with DRF's throttling
    /// <c>{"detail"}</c>, other 4xx with a JSON <c>{"detail"}</c>, 5xx with a gateway's (or Django's)
    /// HTML error page as <c>text/html</c>.
    /// </summary>
    /// <param name="statusCode">400 to 599.</param>
    /// <param name="retryAfter">The <c>Retry-After</c>; <see langword="null"/> means one second for 429 and none for the rest.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not an error status.</exception>
    public static Fault Status(int statusCode, RetryAfter? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        return new(FaultKind.Status)
        {
            StatusCode = statusCode,
            RetryAfter = retryAfter ?? (statusCode == StatusCodes.Status429TooManyRequests ? RetryAfter.Seconds(1) : RetryAfter.None),
        };
    }

    /// <summary>
    /// Answers 429 to the request it hits and to the next <paramref name="count"/> − 1 API requests of the
    /// simulator, whichever routes they are for: a rate limit that is per token, not per path.
    /// </summary>
    /// <param name="count">Requests answered 429 in a row, at least 1.</param>
    /// <param name="retryAfter">The <c>Retry-After</c>; <see langword="null"/> means one second.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static Fault BurstOf429(int count, RetryAfter? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new(FaultKind.BurstOf429)
        {
            StatusCode = StatusCodes.Status429TooManyRequests,
            Count = count,
            RetryAfter = retryAfter ?? RetryAfter.Seconds(1),
        };
    }

    /// <summary>Holds the request back for <paramref name="delay"/>, then lets the API answer; stops waiting when the client gives up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative or longer than a day.</exception>
    public static Fault Slow(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(delay, TimeSpan.FromDays(1));
        return new(FaultKind.Slow) { Delay = delay };
    }

    /// <summary>
    /// Picks one of <paramref name="faults"/> at random (the plan's seeded random), evenly among those safe
    /// for the request, and picks again inside a nested <see cref="OneOf"/>. Safe means a client may
    /// retry: faults that spoil the API's answer (<see cref="ResetMidBody"/>, <see cref="TruncatedJson"/>,
    /// <see cref="WrongContentType"/>, <see cref="ForeignNextLink"/>) are only picked for GET and HEAD,
    /// and <see cref="ResetBeforeResponse"/> never for a non-idempotent POST (anything but
    /// <c>POST …/tags</c>), whose client cannot tell whether it was processed. When none is safe the
    /// request is not faulted.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="faults"/> is empty.</exception>
    public static Fault OneOf(params Fault[] faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        if (faults.Length == 0 || faults.Any(fault => fault is null))
        {
            throw new ArgumentException("Give at least one fault, and no null.", nameof(faults));
        }

        return new(FaultKind.OneOf) { Options = [.. faults] };
    }

    /// <summary>The fault in the command line's short form, e.g. <c>503</c>, <c>429~date+2</c>, <c>slow2000ms</c>.</summary>
    public override string ToString() => Kind switch
    {
        FaultKind.Status when RetryAfter == RetryAfter.None && StatusCode != StatusCodes.Status429TooManyRequests => $"{StatusCode}",
        FaultKind.Status => $"{StatusCode}~{RetryAfter}",
        FaultKind.BurstOf429 => $"burst{Count}~{RetryAfter}",
        FaultKind.Slow => $"slow{((long)Delay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)}ms",
        FaultKind.OneOf => $"one-of({string.Join('|', Options)})",
        _ => FaultNames.Kebab(Kind),
    };

    /// <summary>The fault to apply to <paramref name="request"/>: itself, or a safe pick of a <see cref="OneOf"/>; <see langword="null"/> when none is safe.</summary>
    internal Fault? Pick(HttpRequest request, Random random)
    {
        if (Kind != FaultKind.OneOf)
        {
            return this;
        }

        var safe = Options.Where(option => option.IsSafeFor(request)).ToArray();
        return safe.Length == 0 ? null : safe[random.Next(safe.Length)].Pick(request, random);
    }

    private bool IsSafeFor(HttpRequest request) => Kind switch
    {
        FaultKind.ResetBeforeResponse => !IsNonIdempotentPost(request),
        FaultKind.ResetMidBody or FaultKind.TruncatedJson or FaultKind.WrongContentType or FaultKind.ForeignNextLink =>
            HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method),
        FaultKind.OneOf => Options.Any(option => option.IsSafeFor(request)),
        _ => true,
    };

    /// <summary>Adding a tag the chat has is a harmless 200, so only tag POSTs may be repeated blindly.</summary>
    private static bool IsNonIdempotentPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && !request.Path.Value.AsSpan().TrimEnd('/').EndsWith("/tags", StringComparison.OrdinalIgnoreCase);
}
