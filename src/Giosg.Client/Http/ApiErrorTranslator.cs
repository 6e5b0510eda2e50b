using System.Net;
using System.Text;
using System.Text.Json;
using Giosg.Client.Connections;
using Giosg.Client.Errors;

namespace Giosg.Client.Http;

/// <summary>Turns a failed response into a <see cref="GiosgApiException"/> whose message says what to do.</summary>
internal static class ApiErrorTranslator
{
    // Enough for any DRF error body; a proxy's HTML error page is cut, not read whole.
    private const int MaxBodyChars = 2000;

    public static async Task<GiosgApiException> FromResponseAsync(
        HttpResponseMessage response, ApiToken token, CancellationToken cancellationToken)
    {
        var request = response.RequestMessage;
        var method = request?.Method.Method ?? "?";
        var path = request?.RequestUri?.PathAndQuery ?? "?";
        var detail = await ReadDetailAsync(response, token, cancellationToken).ConfigureAwait(false);
        var status = response.StatusCode;
        var what = $"{method} {path}";
        var suffix = detail is null ? string.Empty : $" The API said: {detail}";

        var (kind, message) = (int)status switch
        {
            401 => (GiosgErrorKind.Authentication,
                $"The Giosg API rejected the API token (401 Unauthorized) for {what}. The token is invalid or revoked: tokens stop working when the user who created them is deleted. Create a token in Giosg Console → Settings → Company → Access tokens and run Connect-Giosg again."),
            403 => (GiosgErrorKind.PermissionDenied,
                $"Permission denied (403 Forbidden) for {what}.{suffix} The API answers 403 when the organization has no active subscription, the token's user has no access to the organization or user, or lacks the reports permission (needed for room chats, and for chats when private chat history is enabled)."),
            404 => (GiosgErrorKind.NotFound, $"Not found (404) for {what}.{suffix}"),
            400 => (GiosgErrorKind.BadRequest, $"The Giosg API refused {what} (400 Bad Request).{suffix}"),
            409 => (GiosgErrorKind.Conflict, $"The Giosg API reported a conflict for {what} (409).{suffix}"),
            429 => (GiosgErrorKind.RateLimited, $"The Giosg API is rate limiting requests (429 Too Many Requests) for {what}. Wait and try again, or lower -ThrottleLimit."),
            408 => (GiosgErrorKind.Timeout, $"The Giosg API timed out answering {what} (408)."),
            >= 500 => (GiosgErrorKind.ServerError, $"The Giosg API failed answering {what} ({(int)status} {response.ReasonPhrase}). Try again later."),
            _ => (GiosgErrorKind.Unexpected, $"The Giosg API answered {what} with an unexpected {(int)status} {response.ReasonPhrase}.{suffix}"),
        };

        return new GiosgApiException(kind, token.Redact(message), method, path, status, detail, retryAfter: RetryAfter(response));
    }

    /// <summary>Retry-After as seconds or as an HTTP date, never negative.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return wait is { } value && value < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    /// <summary>The API's own words: DRF's <c>detail</c>, or its field errors as "name: reason".</summary>
    private static async Task<string?> ReadDetailAsync(HttpResponseMessage response, ApiToken token, CancellationToken cancellationToken)
    {
        string body;
        try
        {
#if NET8_0_OR_GREATER
            body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
#else
            body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
#endif
        }
        catch (HttpRequestException)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        var isJson = response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true;
        var detail = isJson ? TryReadJsonDetail(body) : null;
        if (detail is null)
        {
            // Not DRF's JSON (an HTML error page, say): only its status is worth reporting.
            return null;
        }

        detail = token.Redact(detail);
        return detail.Length > MaxBodyChars ? detail.Remove(MaxBodyChars) + "…" : detail;
    }

    private static string? TryReadJsonDetail(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String)
            {
                return detail.GetString();
            }

            var fields = new StringBuilder();
            foreach (var property in root.EnumerateObject())
            {
                if (fields.Length > 0)
                {
                    fields.Append("; ");
                }

                fields.Append(property.Name).Append(": ").Append(Flatten(property.Value));
            }

            return fields.Length == 0 ? null : fields.ToString();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Flatten(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => string.Join(" ", value.EnumerateArray().Select(Flatten)),
        JsonValueKind.String => value.GetString() ?? string.Empty,
        _ => value.GetRawText(),
    };
}
