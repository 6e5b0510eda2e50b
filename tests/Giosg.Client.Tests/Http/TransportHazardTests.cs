using System.Net;
using System.Net.Http.Headers;
using Giosg.Client.Chats;
using Giosg.Client.Connections;
using Giosg.Client.Errors;
using Giosg.Client.Http;
using Giosg.Client.Tests.Infrastructure;

namespace Giosg.Client.Tests.Http;

/// <summary>Hazards of Windows PowerShell's .NET Framework, reproduced where they can be on modern .NET.</summary>
public sealed class TransportHazardTests
{
    [Fact]
    public async Task A_body_that_stalls_and_ignores_cancellation_is_cut_off_by_the_attempt_timeout()
    {
        var body = new StallingStream();
        var handler = new StallingHandler(body);
        Assert.True(ApiToken.TryCreate("stall-test-token-0123456789", out var token, out _));
        using var connection = new GiosgConnection(token, new GiosgConnectionOptions
        {
            OrganizationId = Guid.NewGuid(),
            BaseUri = new Uri("http://127.0.0.1:9/"),
            ReportingBaseUri = new Uri("http://127.0.0.1:9/"),
            InnerHandler = handler,
            Retry = new RetrySettings { MaxRetries = 0, AttemptTimeout = TimeSpan.FromMilliseconds(300) },
        });

        // The guard only keeps a regression from hanging the run; the assertions are about what happened.
        var error = await Assert.ThrowsAsync<GiosgApiException>(() =>
            new GiosgClient(connection).Chats.GetAsync(Guid.NewGuid(), ChatScope.Owned).WaitAsync(TimeSpan.FromMinutes(2)));

        Assert.Equal(GiosgErrorKind.Timeout, error.Kind);
        Assert.Contains("attempt timeout", error.Message, StringComparison.Ordinal);
        Assert.True(body.Disposed);
    }

    [Fact]
    public async Task A_caller_that_cancels_while_a_body_stalls_gets_a_cancellation_not_a_disposed_stream()
    {
        var body = new StallingStream();
        var handler = new StallingHandler(body);
        using var connection = Connect(handler);
        using var cancel = new CancellationTokenSource();

        var reading = new GiosgClient(connection).Chats.GetAsync(Guid.NewGuid(), ChatScope.Owned, cancel.Token);
        await handler.Answered.WaitAsync(TimeSpan.FromMinutes(2));
        cancel.Cancel();

        // The response is disposed to cut the read off; what the caller sees is its own cancellation.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.True(body.Disposed);
    }

    [Fact]
    public async Task A_listing_stopped_while_its_next_page_stalls_ends_quietly()
    {
        var body = new StallingStream();
        var handler = new StallingHandler(body, firstPage: """{"next": "http://127.0.0.1:9/api/v5/orgs/x/owned_chats?cursor=2", "previous": null, "results": [{"id": "00000000-0000-0000-0000-000000000001"}]}""");
        using var connection = Connect(handler);

        // Like Select-Object -First 1: take one chat once the next page is in flight, then stop.
        await using (var chats = new GiosgClient(connection).Chats.List(new ChatListRequest()).GetAsyncEnumerator())
        {
            Assert.True(await chats.MoveNextAsync());
            await handler.Answered.WaitAsync(TimeSpan.FromMinutes(2));
        }

        Assert.True(body.Disposed);
    }

    private static GiosgConnection Connect(HttpMessageHandler handler)
    {
        Assert.True(ApiToken.TryCreate("stall-test-token-0123456789", out var token, out _));
        return new GiosgConnection(token, new GiosgConnectionOptions
        {
            OrganizationId = Guid.NewGuid(),
            BaseUri = new Uri("http://127.0.0.1:9/"),
            ReportingBaseUri = new Uri("http://127.0.0.1:9/"),
            InnerHandler = handler,
            Retry = new RetrySettings { MaxRetries = 0, AttemptTimeout = TimeSpan.FromMinutes(2) },
        });
    }

    // SSL 3 = 48, TLS 1.0 = 192, TLS 1.1 = 768, TLS 1.2 = 3072, system default = 0 (numbers: the analyzers rightly flag the old names).
    [Theory]
    [InlineData(48 | 192, 48 | 192 | 3072)]
    [InlineData(192 | 768, 192 | 768 | 3072)]
    [InlineData(3072, 3072)]
    [InlineData(0, 0)]
    public void Tls12_joins_an_explicit_protocol_list_and_the_system_default_is_left_alone(int current, int expected) =>
        Assert.Equal((SecurityProtocolType)expected, TlsPolicy.WithTls12((SecurityProtocolType)current));

    /// <summary>
    /// Answers 200 JSON whose body never arrives, as a stalled .NET Framework response stream would;
    /// with <c>firstPage</c>, the first request gets that page whole and only the next one stalls.
    /// </summary>
    private sealed class StallingHandler(StallingStream body, string? firstPage = null) : HttpMessageHandler
    {
        private readonly TaskCompletionSource _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _requests;

        /// <summary>Completes once the stalling answer has been handed out.</summary>
        public Task Answered => _answered.Task;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var whole = firstPage is not null && Interlocked.Increment(ref _requests) == 1;
            HttpContent content = whole ? new StringContent(firstPage!) : new StreamContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            if (!whole)
            {
                _answered.TrySetResult();
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }

    /// <summary>A read that ignores its cancellation token and ends only when the stream is disposed.</summary>
    private sealed class StallingStream : ReadOnlyTestStream
    {
        private readonly TaskCompletionSource _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Disposed => _disposed.Task.IsCompleted;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await _disposed.Task.ConfigureAwait(false);
            throw new ObjectDisposedException(nameof(StallingStream));
        }

        protected override void Dispose(bool disposing)
        {
            _disposed.TrySetResult();
            base.Dispose(disposing);
        }
    }
}
