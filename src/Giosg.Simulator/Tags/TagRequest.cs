using System.Text.Json;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Tags;

/// <summary>
/// The body of adding a tag: <c>{"name": "…"}</c>. The name is trimmed, as DRF's CharField does; a body
/// that is not a JSON object, or a name that is missing, not a string, empty or only whitespace, is
/// <c>{"name": ["This field is required."]}</c>.
/// </summary>
internal static class TagRequest
{
    private static readonly ApiError NameRequired = ApiError.Field("name", "This field is required.");

    public static async Task<(string? Name, ApiError? Error)> ReadAsync(HttpContext context)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
            if (body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty("name", out var name)
                && name.ValueKind == JsonValueKind.String
                && name.GetString()!.Trim() is { Length: > 0 } trimmed)
            {
                return (trimmed, null);
            }
        }
        catch (JsonException)
        {
            // Not JSON at all is not a JSON object either.
        }

        return (null, NameRequired);
    }
}
