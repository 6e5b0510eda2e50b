namespace Giosg.Simulator;

/// <summary>One request a <see cref="FaultPlan"/> faulted, and how.</summary>
/// <param name="RequestNumber">Which API request it was among those the plan has seen, from 1: the same for the same seed and request sequence.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path, e.g. <c>/api/v5/orgs/…/owned_chats</c>.</param>
/// <param name="Query">The raw query string including its leading <c>?</c>, or empty.</param>
/// <param name="Fault">The fault applied: never a <see cref="FaultKind.OneOf"/>, always the one picked.</param>
public sealed record InjectedFault(long RequestNumber, string Method, string Path, string Query, Fault Fault)
{
    /// <summary>What was done to the request.</summary>
    public FaultKind Kind => Fault.Kind;
}
