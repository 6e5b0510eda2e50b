using System.Globalization;
using System.Text;
using Giosg.Simulator.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Giosg.Simulator.Faults;

/// <summary>
/// Injected error answers as the real service's layers give them: DRF's JSON <c>{"detail"}</c> for 4xx
/// (its throttling wording for 429), Django's bare page for 500 and the nginx gateway's page for the
/// other 5xx, both <c>text/html</c>, so clients must not assume an error body is JSON.
/// </summary>
internal static class ErrorPages
{
    /// <summary>What a proxy in the way might send with a 200 and the wrong content type.</summary>
    private static readonly byte[] NotJson = Encoding.UTF8.GetBytes(
        "<html><head><title>Injected fault</title></head><body><p>This is not JSON.</p></body></html>\n");

    public static Task WriteStatusAsync(HttpContext context, int status, RetryAfter retryAfter)
    {
        if (retryAfter.HeaderValue(DateTimeOffset.UtcNow) is { } value)
        {
            context.Response.Headers.RetryAfter = value;
        }

        switch (status)
        {
            case StatusCodes.Status401Unauthorized:
                context.Response.Headers.WWWAuthenticate = "Token";
                return ApiError.InvalidToken.WriteAsync(context);
            case StatusCodes.Status403Forbidden:
                return ApiError.PermissionDenied.WriteAsync(context);
            case StatusCodes.Status404NotFound:
                return ApiError.NotFound.WriteAsync(context);
            case StatusCodes.Status429TooManyRequests:
                return ApiError.Detail(status, Throttled(retryAfter)).WriteAsync(context);
            case < 500:
                return ApiError.Detail(status, $"{ReasonPhrases.GetReasonPhrase(status)}.").WriteAsync(context);
            default:
                return WriteAsync(context.Response, status, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Page(status)));
        }
    }

    public static Task WriteInvalidJsonAsync(HttpContext context) =>
        WriteAsync(context.Response, StatusCodes.Status200OK, "application/json", NotJson);

    private static async Task WriteAsync(HttpResponse response, int status, string contentType, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body);
    }

    /// <summary>DRF's throttling message.</summary>
    private static string Throttled(RetryAfter retryAfter) => retryAfter.Delay switch
    {
        null => "Request was throttled.",
        1 => "Request was throttled. Expected available in 1 second.",
        var seconds => $"Request was throttled. Expected available in {seconds.Value.ToString(CultureInfo.InvariantCulture)} seconds.",
    };

    private static string Page(int status)
    {
        if (status == StatusCodes.Status500InternalServerError)
        {
            // Django's production 500 page.
            return "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Server Error (500)</title>\n</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n";
        }

        var title = $"{status.ToString(CultureInfo.InvariantCulture)} {ReasonPhrases.GetReasonPhrase(status)}".TrimEnd();
        return $"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    }
}
