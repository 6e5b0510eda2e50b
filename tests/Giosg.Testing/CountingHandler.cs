using System.Collections.Concurrent;

namespace Giosg.Testing;

/// <summary>
/// The client's innermost handler in tests: counts requests the moment they are sent (before
/// any await), keeps what was sent, and otherwise passes them to a real socket handler.
/// </summary>
public sealed class CountingHandler(HttpMessageHandler? inner = null) : DelegatingHandler(inner ?? new SocketsHttpHandler())
{
    private int _sent;

    public int Sent => Volatile.Read(ref _sent);

    public ConcurrentQueue<SentRequest> Requests { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _sent);
        Requests.Enqueue(new SentRequest(
            request.Method.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            request.Headers.UserAgent.ToString()));
        return base.SendAsync(request, cancellationToken);
    }
}

public sealed record SentRequest(string Method, Uri Uri, string? Authorization, string UserAgent);
