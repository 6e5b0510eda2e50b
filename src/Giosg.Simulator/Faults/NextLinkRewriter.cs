using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Giosg.Simulator.Faults;

/// <summary>
/// Moves a listing page's next link to <see cref="Fault.ForeignOrigin"/>, keeping its path and query: a
/// client that follows it would send its token to another host, so it must refuse the page.
/// </summary>
internal static class NextLinkRewriter
{
    /// <summary>Cursor listings' <c>next</c> and the page-numbered listing's <c>next_page_url</c>.</summary>
    private static readonly string[] LinkNames = ["next", "next_page_url"];

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <returns>The page with its next link moved, or <see langword="null"/> when the body is not a page with a next link.</returns>
    public static byte[]? Rewrite(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.EnumerateObject().Any(property => Foreign(property) is not null))
            {
                return null;
            }

            var output = new ArrayBufferWriter<byte>(body.Length + Fault.ForeignOrigin.Length);
            using (var writer = new Utf8JsonWriter(output, Options))
            {
                writer.WriteStartObject();
                foreach (var property in root.EnumerateObject())
                {
                    if (Foreign(property) is { } link)
                    {
                        writer.WriteString(property.Name, link);
                    }
                    else
                    {
                        property.WriteTo(writer);
                    }
                }

                writer.WriteEndObject();
            }

            return output.WrittenSpan.ToArray();
        }
    }

    private static string? Foreign(JsonProperty property) =>
        LinkNames.Contains(property.Name)
        && property.Value.ValueKind == JsonValueKind.String
        && Uri.TryCreate(property.Value.GetString(), UriKind.Absolute, out var link)
            ? Fault.ForeignOrigin + link.PathAndQuery
            : null;
}
