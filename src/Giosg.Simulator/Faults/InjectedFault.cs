namespace Giosg.Simulator;

/// <summary>One request a <see cref="FaultPlan"/> faulted, and how.</summary>
/// <param name="RequestNumber">Which API request it was among those the plan has seen, from 1: the same for the same seed and request sequence.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path, e.g. <c>/api/v5/orgs/…/owned_chats</c>.</param>
/// <param name="Query">The raw query string including its leading <c>?</c>, or empty.</param>
/// <param name="Kind">What was done to the request.</param>
/// <param name="StatusCode">The status sent for <see cref="FaultKind.Status"/>; 0 otherwise.</param>
/// <param name="RetryAfterSeconds">The <c>Retry-After</c> sent with a 429; <see langword="null"/> otherwise.</param>
public sealed record InjectedFault(long RequestNumber, string Method, string Path, string Query, FaultKind Kind, int StatusCode = 0, int? RetryAfterSeconds = null);
