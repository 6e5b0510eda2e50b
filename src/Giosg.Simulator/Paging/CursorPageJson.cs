using System.Text.Json;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Paging;

/// <summary>Writes a cursor page as DRF does: <c>{"next", "previous", "results"}</c> with absolute links.</summary>
internal static class CursorPageJson
{
    private static readonly JsonEncodedText Next = JsonEncodedText.Encode("next");
    private static readonly JsonEncodedText Previous = JsonEncodedText.Encode("previous");
    private static readonly JsonEncodedText Results = JsonEncodedText.Encode("results");

    /// <summary>Hand the response to the network this often, so huge page sizes do not pile up in memory.</summary>
    private const int FlushEvery = 100;

    /// <param name="context">The request; links repeat its URL with another cursor.</param>
    /// <param name="page">The page.</param>
    /// <param name="writeItem">Writes one result.</param>
    /// <param name="written">
    /// Runs once the whole page is written but before its last bytes are sent, so a client that has read
    /// the page sees whatever it changed.
    /// </param>
    public static async Task WriteAsync<T>(HttpContext context, CursorPage<T> page, Action<Utf8JsonWriter, T> writeItem, Action? written = null)
    {
        using var writer = JsonResponse.Start(context.Response);
        writer.WriteStartObject();
        WriteLink(writer, Next, context.Request, page.Next);
        WriteLink(writer, Previous, context.Request, page.Previous);
        writer.WriteStartArray(Results);
        for (var i = 0; i < page.Items.Count; i++)
        {
            writeItem(writer, page.Items[i]);
            if ((i + 1) % FlushEvery == 0)
            {
                await JsonResponse.FlushAsync(writer, context.Response);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        written?.Invoke();
        await JsonResponse.FlushAsync(writer, context.Response);
    }

    private static void WriteLink(Utf8JsonWriter writer, JsonEncodedText name, HttpRequest request, Cursor? cursor)
    {
        if (cursor is { } value)
        {
            writer.WriteString(name, PageLinks.With(request, "cursor", value.Encode()));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
