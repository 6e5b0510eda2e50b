using System.Net;
using System.Net.Http.Headers;

namespace Giosg.Benchmarks.Micro;

/// <summary>Answers every request with the same JSON page from memory: parsing without the network.</summary>
internal sealed class CannedPageHandler(byte[] page) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(page);
        content.Headers.ContentType = Json;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
