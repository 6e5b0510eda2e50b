using System.Text;

namespace Giosg.Simulator.Paging;

/// <summary>
/// Absolute links to other pages of the same listing: the request's own URL and query (filters,
/// ordering, even unknown parameters) with one parameter replaced, as Django REST framework does.
/// </summary>
internal static class PageLinks
{
    public static string With(HttpRequest request, string parameter, string value)
    {
        var link = new StringBuilder(256)
            .Append(request.Scheme)
            .Append("://")
            .Append(request.Host.ToUriComponent())
            .Append(request.PathBase.ToUriComponent())
            .Append(request.Path.ToUriComponent());

        var separator = '?';
        var query = request.QueryString.HasValue ? request.QueryString.Value.AsSpan(1) : [];
        foreach (var range in query.Split('&'))
        {
            var pair = query[range];
            var nameEnd = pair.IndexOf('=');
            var name = nameEnd < 0 ? pair : pair[..nameEnd];
            if (pair.IsEmpty || Uri.UnescapeDataString(name.ToString().Replace('+', ' ')) == parameter)
            {
                continue;
            }

            link.Append(separator).Append(pair);
            separator = '&';
        }

        return link.Append(separator).Append(parameter).Append('=').Append(Uri.EscapeDataString(value)).ToString();
    }
}
