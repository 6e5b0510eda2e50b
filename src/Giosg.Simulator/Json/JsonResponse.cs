using System.Text.Encodings.Web;
using System.Text.Json;

namespace Giosg.Simulator.Json;

/// <summary>
/// Writes JSON straight into the response pipe with <see cref="Utf8JsonWriter"/>: no reflection and no
/// intermediate strings, so the simulator is never the bottleneck of a client benchmark.
/// </summary>
internal static class JsonResponse
{
    private static readonly JsonWriterOptions Options = new()
    {
        // application/json is never rendered as HTML; keep URLs and non-ASCII names readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static Utf8JsonWriter Start(HttpResponse response, int statusCode = StatusCodes.Status200OK)
    {
        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        return new Utf8JsonWriter(response.BodyWriter, Options);
    }

    /// <summary>Hands what the writer holds to the network; call every few hundred items of a long list.</summary>
    public static async ValueTask FlushAsync(Utf8JsonWriter writer, HttpResponse response)
    {
        writer.Flush();
        await response.BodyWriter.FlushAsync();
    }

    /// <summary>Writes a whole response produced by <paramref name="write"/>.</summary>
    public static async Task WriteAsync<T>(HttpResponse response, int statusCode, T state, Action<Utf8JsonWriter, T> write)
    {
        using var writer = Start(response, statusCode);
        write(writer, state);
        await FlushAsync(writer, response);
    }
}
