using System.Diagnostics;
using Polly;

namespace Giosg.Client.Http;

/// <summary>What the retry strategy needs to know about one request across its attempts.</summary>
internal sealed class RequestState(ApiRequest request)
{
    public static readonly ResiliencePropertyKey<RequestState> Key = new("Giosg.Request");

    private readonly long _started = Stopwatch.GetTimestamp();

    public ApiRequest Request { get; } = request;

    /// <summary>Attempts sent so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Time spent waiting between attempts so far: backoffs, Retry-After and the connection's rate gate.</summary>
    public TimeSpan Waited { get; set; }

    /// <summary>Time since the request started, attempts and waits included.</summary>
    public TimeSpan Elapsed => TimeSpan.FromSeconds((Stopwatch.GetTimestamp() - _started) / (double)Stopwatch.Frequency);

    /// <summary>Set when a Retry-After was not waited out because it could not fit: the wait and what it would not fit.</summary>
    public (TimeSpan Wait, string Limit)? RefusedWait { get; set; }
}
