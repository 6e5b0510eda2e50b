using System.Globalization;
using System.Text;
using Giosg.Simulator.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Giosg.Simulator.Faults;

/// <summary>
/// Injected error answers as the real service's layers give them: DRF's JSON <c>{"detail"}</c> for 429
/// (its throttling wording), Django's bare page for 500 and the nginx gateway's page for the other 5xx,
/// both <c>text/html</c>, so clients must not assume an error body is JSON.
/// </summary>
internal static class ErrorPages
{
    public static async Task WriteStatusAsync(HttpContext context, int status, int? retryAfterSeconds)
    {
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (status < 500)
        {
            var detail = retryAfterSeconds is { } wait
                ? $"Request was throttled. Expected available in {wait.ToString(CultureInfo.InvariantCulture)} second{(wait == 1 ? "" : "s")}."
                : $"{ReasonPhrases.GetReasonPhrase(status)}.";
            await ApiError.Detail(status, detail).WriteAsync(context);
            return;
        }

        var body = Encoding.UTF8.GetBytes(Page(status));
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    }

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
