namespace Giosg.Client.Errors;

/// <summary>What went wrong with a request, in the terms a caller acts on.</summary>
public enum GiosgErrorKind
{
    /// <summary>401: the token is missing, invalid or revoked.</summary>
    Authentication,

    /// <summary>403: no subscription, no access to the organization or user, or no reports permission.</summary>
    PermissionDenied,

    /// <summary>404: the chat, room, visitor or user does not exist (or is not visible).</summary>
    NotFound,

    /// <summary>400: the API refused the request's content or state (e.g. the chat has ended).</summary>
    BadRequest,

    /// <summary>409: the request conflicts with the current state.</summary>
    Conflict,

    /// <summary>429: the API is rate limiting this client.</summary>
    RateLimited,

    /// <summary>5xx: the API failed.</summary>
    ServerError,

    /// <summary>The API could not be reached, or the connection broke.</summary>
    Network,

    /// <summary>The request took longer than allowed.</summary>
    Timeout,

    /// <summary>The API answered with something that is not the documented JSON.</summary>
    InvalidResponse,

    /// <summary>A paging link was unsafe to follow (another origin, or a loop).</summary>
    UnsafePaging,

    /// <summary>Any other unexpected status.</summary>
    Unexpected,

    /// <summary>
    /// A write that is never repeated (sending a message, joining a chat) was sent, and the connection
    /// broke or timed out before the answer: it may have been applied. Check before sending it again.
    /// </summary>
    OutcomeUnknown,

    /// <summary>The chat has ended: it takes no new messages or members (001). Known before any request, or from the API's answer.</summary>
    ChatEnded,
}
