using System.Text.Json;

namespace Giosg.Simulator.Json;

/// <summary>Reads a request payload as DRF does: no body is an empty object; anything but a JSON object is a 400.</summary>
internal static class JsonBody
{
    private static readonly ApiError Malformed = ApiError.BadRequest("JSON parse error.");

    public static async Task<(JsonElement Body, ApiError? Error)> ReadAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        if (buffer.Length == 0)
        {
            return (JsonDocument.Parse("{}").RootElement.Clone(), null);
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            return document.RootElement.ValueKind == JsonValueKind.Object ? (document.RootElement.Clone(), null) : (default, Malformed);
        }
        catch (JsonException)
        {
            return (default, Malformed);
        }
    }

    /// <summary>A string attribute, or null when it is missing or not a string.</summary>
    public static string? Text(this JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
