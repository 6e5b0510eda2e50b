using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Giosg.Client.Chats;
using Giosg.Client.Connections;
using Giosg.Client.Paging;
using Giosg.Client.Tests.Infrastructure;
using Giosg.Testing;

namespace Giosg.Client.Tests.Paging;

/// <summary>The next page is requested as soon as its link has streamed past, before the page is parsed.</summary>
public sealed class EarlyNextPageTests
{
    private const string Base = "http://127.0.0.1:9/";

    [Fact]
    public async Task The_next_page_is_requested_while_the_current_pages_results_are_still_arriving()
    {
        var handler = new HeldPageHandler();
        Assert.True(ApiToken.TryCreate("early-next-token-0123456789", out var token, out _));
        using var connection = new GiosgConnection(token, new GiosgConnectionOptions
        {
            OrganizationId = Guid.Parse("11111111-1111-1111-1111-111111111111"),
            BaseUri = new Uri(Base),
            ReportingBaseUri = new Uri(Base),
            InnerHandler = handler,
            Retry = SimulatorFixture.FastRetries,
        });

        // Page 1 sends its "next" and then holds its results back until page 2 has been asked for:
        // a listing that parses the whole page before looking at "next" never gets there (the guard
        // only keeps that regression from hanging the run).
        var chats = await new GiosgClient(connection).Chats.List(new ChatListRequest()).ToListAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(2, chats.Count);
        Assert.Equal(2, handler.Requests);
    }

    [Theory]
    [InlineData("""{"next": "https://h/p?cursor=2", "previous": null, "results": [""", "https://h/p?cursor=2")]
    [InlineData("""{"count": 3, "num_pages": 2, "current_page": 1, "next_page_url": "https://h/p?page=2", "previous_page_url": null, "results": [""", "https://h/p?page=2")]
    [InlineData("""{"previous": {"a": [1, 2]}, "next": null, "results": []}""", null)]
    public void The_link_is_found_before_the_results(string prefix, string? expected)
    {
        Assert.Equal(NextLinkSniffer.SniffResult.Found, NextLinkSniffer.Scan(Encoding.UTF8.GetBytes(prefix), out var link));
        Assert.Equal(expected, link);
    }

    [Theory]
    [InlineData("""{"next": "https://h/p?cur""", "NeedMore")]
    [InlineData("""{"results": [], "next": "https://h/p?cursor=2"}""", "GiveUp")]
    [InlineData("""[1, 2]""", "GiveUp")]
    [InlineData("""<html>""", "GiveUp")]
    public void Without_a_leading_link_it_waits_or_gives_up(string prefix, string expected) =>
        Assert.Equal(expected, NextLinkSniffer.Scan(Encoding.UTF8.GetBytes(prefix), out _).ToString());

    /// <summary>Two cursor pages; the first holds its results until the second has been requested.</summary>
    private sealed class HeldPageHandler : HttpMessageHandler
    {
        private readonly TaskCompletionSource _secondRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var first = Interlocked.Increment(ref _requests) == 1;
            if (!first)
            {
                _secondRequested.TrySetResult();
            }

            var next = $"{request.RequestUri!.GetLeftPart(UriPartial.Path)}?cursor=2";
            var head = first ? $$"""{"next": "{{next}}", "previous": null, "results": [""" : """{"next": null, "previous": null, "results": [""";
            var item = first ? """{"id": "00000000-0000-0000-0000-000000000001"}]}""" : """{"id": "00000000-0000-0000-0000-000000000002"}]}""";
            var content = new StreamContent(new HeldStream(Encoding.UTF8.GetBytes(head), Encoding.UTF8.GetBytes(item), first ? _secondRequested.Task : Task.CompletedTask));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }

    /// <summary>Gives its head at once and its tail only once <c>release</c> completes.</summary>
    private sealed class HeldStream(byte[] head, byte[] tail, Task release) : ReadOnlyTestStream
    {
        private int _part;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            switch (_part++)
            {
                case 0:
                    head.CopyTo(buffer);
                    return head.Length;
                case 1:
                    await release.WaitAsync(cancellationToken);
                    tail.CopyTo(buffer);
                    return tail.Length;
                default:
                    return 0;
            }
        }
    }
}
