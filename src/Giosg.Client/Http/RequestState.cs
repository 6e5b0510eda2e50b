using Polly;

namespace Giosg.Client.Http;

/// <summary>What the retry strategy needs to know about one request across its attempts.</summary>
internal sealed class RequestState(ApiRequest request)
{
    public static readonly ResiliencePropertyKey<RequestState> Key = new("Giosg.Request");

    public ApiRequest Request { get; } = request;

    public int Attempts { get; set; }

    /// <summary>Time spent waiting between attempts so far.</summary>
    public TimeSpan Waited { get; set; }
}
