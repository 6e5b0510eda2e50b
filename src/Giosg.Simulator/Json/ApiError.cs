using System.Text.Json;

namespace Giosg.Simulator.Json;

/// <summary>
/// An error response shaped like Django REST framework's: <c>{"detail": "…"}</c>, or for bad input
/// <c>{"field": ["message"]}</c> naming what was wrong.
/// </summary>
internal sealed class ApiError
{
    public static readonly ApiError InvalidToken = Detail(StatusCodes.Status401Unauthorized, "Invalid token.");

    public static readonly ApiError PermissionDenied =
        Detail(StatusCodes.Status403Forbidden, "You do not have permission to perform this action.");

    public static readonly ApiError NotFound = Detail(StatusCodes.Status404NotFound, "Not found.");

    private readonly string? _field;
    private readonly string _message;

    private ApiError(int statusCode, string? field, string message)
    {
        StatusCode = statusCode;
        _field = field;
        _message = message;
    }

    public int StatusCode { get; }

    public static ApiError Detail(int statusCode, string detail) => new(statusCode, null, detail);

    public static ApiError BadRequest(string detail) => new(StatusCodes.Status400BadRequest, null, detail);

    /// <summary>A 400 that names the offending parameter or attribute.</summary>
    public static ApiError Field(string field, string message) => new(StatusCodes.Status400BadRequest, field, message);

    public Task WriteAsync(HttpContext context) => JsonResponse.WriteAsync(context.Response, StatusCode, this, Write);

    /// <inheritdoc />
    public override string ToString() => _field is null ? $"{StatusCode}: {_message}" : $"{StatusCode}: {_field}: {_message}";

    private static void Write(Utf8JsonWriter writer, ApiError error)
    {
        writer.WriteStartObject();
        if (error._field is null)
        {
            writer.WriteString("detail", error._message);
        }
        else
        {
            writer.WriteStartArray(error._field);
            writer.WriteStringValue(error._message);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
