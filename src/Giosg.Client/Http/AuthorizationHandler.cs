using System.Net.Http.Headers;
using Giosg.Client.Connections;

namespace Giosg.Client.Http;

/// <summary>
/// Adds <c>Authorization: Token …</c> to requests for the connection's own origins and to no
/// other: the last line of defence if a URL from a response ever points elsewhere.
/// </summary>
internal sealed class AuthorizationHandler(ApiToken token, IReadOnlyList<Uri> origins) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri;
        if (uri is not null && origins.Any(origin => OriginPolicy.IsSameOrigin(origin, uri)))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Token", token.Value);
        }
        else
        {
            request.Headers.Authorization = null;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
