using Giosg.Client.Errors;

namespace Giosg.Client.Chats;

/// <summary>
/// A chat start whose request was sent but whose answer never came (the connection broke, the attempt
/// timed out) or was a server failure: the chat may or may not have been created. It is never sent
/// again on its own; look at the user's or the room's chats before starting it again.
/// </summary>
public sealed class ChatStartUncertainException : Exception
{
    /// <summary>Creates the exception for <paramref name="request"/> (method and path, never headers).</summary>
    public ChatStartUncertainException(string request, GiosgApiException failure)
        : base($"{request} may have created the chat: {failure?.Message} It was not sent again, because a repeat could start a second chat.", failure)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(failure, nameof(failure));
        Failure = failure!;
    }

    /// <summary>The failure that left the outcome unknown.</summary>
    public GiosgApiException Failure { get; }

    /// <summary>Whether <paramref name="failure"/> leaves a sent creation's outcome unknown: no answer, or a 5xx.</summary>
    internal static bool Applies(GiosgApiException failure) =>
        failure.Attempts > 0 && failure.Kind is GiosgErrorKind.Network or GiosgErrorKind.Timeout or GiosgErrorKind.ServerError;
}
