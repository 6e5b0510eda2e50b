using System.Net;

namespace Giosg.Client.Errors;

/// <summary>
/// A request to the Giosg API failed. The message names the request (method and path, never
/// headers) and says what to do; it never contains the API token.
/// </summary>
public sealed class GiosgApiException : Exception
{
    /// <summary>Creates the exception; callers outside the client use it in tests and fakes.</summary>
    public GiosgApiException(
        GiosgErrorKind kind,
        string message,
        string? method = null,
        string? requestPath = null,
        HttpStatusCode? statusCode = null,
        string? serverDetail = null,
        Exception? innerException = null,
        TimeSpan? retryAfter = null)
        : base(message, innerException)
    {
        RetryAfter = retryAfter;
        Kind = kind;
        Method = method;
        RequestPath = requestPath;
        StatusCode = statusCode;
        ServerDetail = serverDetail;
    }

    /// <summary>What went wrong.</summary>
    public GiosgErrorKind Kind { get; }

    /// <summary>The HTTP method of the failed request.</summary>
    public string? Method { get; }

    /// <summary>The path and query of the failed request.</summary>
    public string? RequestPath { get; }

    /// <summary>The HTTP status the API answered with, if it answered.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>How long the API asked to wait before trying again (its Retry-After), if it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>How many attempts were sent: 0 when the request failed before sending (a rate-limit pause it could not wait out), more than 1 when it was retried.</summary>
    public int Attempts { get; internal set; } = 1;

    /// <summary>The API's own explanation (its <c>detail</c> or field errors), already redacted.</summary>
    public string? ServerDetail { get; }
}
