namespace Giosg.Simulator;

/// <summary>What a <see cref="Fault"/> does to the request it is given.</summary>
public enum FaultKind
{
    /// <summary>Answers with an error status instead of the API: JSON for 4xx, a gateway's HTML page for 5xx.</summary>
    Status,

    /// <summary>Answers 429 to this request and the next API requests of the whole simulator, whatever they are.</summary>
    BurstOf429,

    /// <summary>Drops the connection without any answer; the API never sees the request.</summary>
    ResetBeforeResponse,

    /// <summary>Lets the API answer, sends its headers and half its body, then drops the connection.</summary>
    ResetMidBody,

    /// <summary>Lets the API answer and sends the first half of its body with a matching Content-Length.</summary>
    TruncatedJson,

    /// <summary>Answers 200 <c>application/json</c> with a body that is not JSON; the API never sees the request.</summary>
    InvalidJson,

    /// <summary>Waits before letting the API answer, or until the client gives up.</summary>
    Slow,

    /// <summary>Lets the API answer and serves its body as <c>text/html</c>.</summary>
    WrongContentType,

    /// <summary>Lets the API answer and points a listing's next link at another host.</summary>
    ForeignNextLink,

    /// <summary>Picks one of several faults at random, evenly, among those safe for the request.</summary>
    OneOf,
}
