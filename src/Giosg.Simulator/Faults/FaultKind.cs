namespace Giosg.Simulator;

/// <summary>What a <see cref="FaultPlan"/> did to a request.</summary>
public enum FaultKind
{
    /// <summary>Answered an error status instead of the API: 429 with DRF's JSON, 5xx with a gateway's HTML page.</summary>
    Status,

    /// <summary>Dropped the connection without an answer; the API never saw the request.</summary>
    ResetBeforeResponse,

    /// <summary>Let the API answer, sent its headers and half its body, then dropped the connection.</summary>
    ResetMidBody,

    /// <summary>Held the request back for <see cref="FaultPlan.TransientDelay"/> before letting the API answer.</summary>
    Slow,
}
