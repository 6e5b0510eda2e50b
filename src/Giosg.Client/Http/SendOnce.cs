using System.Text.Json.Serialization.Metadata;
using Giosg.Client.Errors;

namespace Giosg.Client.Http;

/// <summary>
/// Sends a write that must never be repeated (a message, a join) exactly once. If the request went
/// out and the connection broke or the attempt timed out before the answer, the API may have applied
/// it: that is <see cref="GiosgErrorKind.OutcomeUnknown"/>, a failure of its own that tells the
/// caller to look before sending again, never a retry.
/// </summary>
internal static class SendOnce
{
    /// <param name="transport">The connection's transport.</param>
    /// <param name="request">A request with <see cref="ApiRequest.Retryable"/> false.</param>
    /// <param name="typeInfo">The answer's type.</param>
    /// <param name="what">What the request does, for the message: "The message to chat …".</param>
    /// <param name="check">How to find out whether it was applied, for the message.</param>
    /// <param name="cancellationToken">Stops waiting; a request already sent may still be applied.</param>
    public static async Task<ApiResponse<T>> SendAsync<T>(GiosgTransport transport, ApiRequest request, JsonTypeInfo<T> typeInfo, string what, string check, CancellationToken cancellationToken)
    {
        if (request.Retryable)
        {
            throw new ArgumentException("SendOnce is for writes that are never repeated.", nameof(request));
        }

        try
        {
            return await transport.SendForJsonAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (GiosgApiException exception) when (exception.Kind is GiosgErrorKind.Network or GiosgErrorKind.Timeout && exception.Attempts > 0)
        {
            throw new GiosgApiException(
                GiosgErrorKind.OutcomeUnknown,
                $"{what} may have been sent: {request} went out once and got no complete answer ({exception.Message}). It was not repeated, because repeating it could apply it twice. {check}",
                exception.Method,
                exception.RequestPath,
                innerException: exception);
        }
    }
}
