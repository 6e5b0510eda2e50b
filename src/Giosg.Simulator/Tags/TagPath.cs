using Giosg.Simulator.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Giosg.Simulator.Tags;

/// <summary>
/// The <c>{tag_name}</c> of <c>…/tags/{tag_name}</c>: one URL-encoded path segment, decoded exactly once.
/// Kestrel decodes the path but leaves <c>%2F</c> encoded (so an encoded '/' never splits the segment and
/// routing still matches), which would leave "Follow-up%2F2026" half decoded and make a literal "%2F"
/// in a name indistinguishable from '/'. So the name is taken from the raw request target instead.
/// </summary>
internal static class TagPath
{
    public static string Name(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw))
        {
            // No raw target (not Kestrel): the routed value, with the one escape Kestrel leaves undone.
            return RouteValues.Text(context, "tag").Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        }

        var end = raw.IndexOf('?', StringComparison.Ordinal);
        var path = end < 0 ? raw : raw[..end];
        path = path.EndsWith('/') ? path[..^1] : path;
        return Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
    }
}
