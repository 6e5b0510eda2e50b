using System.Net;

namespace Giosg.Client.Http;

/// <summary>Which URLs the client may talk to, and with the token.</summary>
internal static class OriginPolicy
{
    /// <summary>
    /// HTTPS everywhere, except plain HTTP to a loopback host (the simulator): a token sent in
    /// clear text over a real network is a leaked token.
    /// </summary>
    public static void EnsureAllowedBaseUri(Uri uri, string parameterName)
    {
        if (!uri.IsAbsoluteUri)
        {
            throw new ArgumentException($"{parameterName} '{uri}' is not an absolute URI; give one like https://service.giosg.com.");
        }

        if (uri.Scheme == Uri.UriSchemeHttps)
        {
            return;
        }

        if (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri))
        {
            return;
        }

        throw new ArgumentException(
            $"{parameterName} '{uri.GetLeftPart(UriPartial.Authority)}' is not allowed: the API token may only travel over HTTPS (plain http is accepted for loopback hosts such as the simulator).");
    }

    /// <summary>True when <paramref name="candidate"/> has the same scheme, host and port as <paramref name="origin"/>.</summary>
    public static bool IsSameOrigin(Uri origin, Uri candidate) =>
        candidate.IsAbsoluteUri
        && string.Equals(origin.Scheme, candidate.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(origin.IdnHost, candidate.IdnHost, StringComparison.OrdinalIgnoreCase)
        && origin.Port == candidate.Port;

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
