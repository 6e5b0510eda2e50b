using System.Net;
using System.Text;

namespace Giosg.Testing;

/// <summary>Answers each URL with a fixed JSON body: for page links no real server would send.</summary>
public sealed class CannedHandler(IReadOnlyDictionary<string, string> pages) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = pages.TryGetValue(request.RequestUri!.AbsoluteUri, out var body)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") }
            : new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("""{"detail":"Not found."}""", Encoding.UTF8, "application/json") };
        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}
