namespace Giosg.Client.Tags;

/// <summary>
/// The URL of one tag of a chat (<c>…/tags/{tag_name}</c>, the name URL-encoded as one segment), checked
/// after System.Uri has parsed it: a name that would not arrive as that one segment is refused rather
/// than sent to another URL. Two cases do not survive parsing. On .NET Framework without the 4.5 URI
/// behaviour (Windows PowerShell hosts can run in that compatibility mode) an encoded '/' (<c>%2F</c>)
/// is unescaped into a path separator; and on every runtime the names "." and ".." (escaped or not)
/// are dot segments that Uri removes, which would turn DELETE …/tags/.. into DELETE on the chat itself.
/// </summary>
internal static class TagUri
{
    /// <param name="tagsUri">The chat's <c>…/tags/</c> URL, with its trailing slash.</param>
    /// <param name="name">The tag's visible name.</param>
    /// <exception cref="ArgumentException">The name would not reach the API as one path segment on this runtime.</exception>
    public static Uri Build(Uri tagsUri, string name) => Build(tagsUri, name, static text => new Uri(text, UriKind.Absolute));

    /// <summary>As <see cref="Build(Uri, string)"/>, with the URI parser given (tests stand in .NET Framework's).</summary>
    internal static Uri Build(Uri tagsUri, string name, Func<string, Uri> parse)
    {
        var segment = Uri.EscapeDataString(name);
        var uri = parse(tagsUri.AbsoluteUri + segment);
        if (string.Equals(uri.AbsolutePath, tagsUri.AbsolutePath + segment, StringComparison.Ordinal))
        {
            return uri;
        }

        var why = name is "." or ".."
            ? "'.' and '..' are steps in a URL path, not names: the request would address the chat instead of its tag"
            : "this runtime's URL parser turns the name's encoded '/' back into a path separator (.NET Framework, Windows PowerShell), so the request would address another URL";
        throw new ArgumentException($"The tag '{name}' cannot be removed through the API from here: {why}. Remove it in PowerShell 7 or in Giosg Console.");
    }
}
