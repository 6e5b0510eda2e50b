namespace Giosg.Simulator;

/// <summary>One API request the simulator served.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path, e.g. <c>/api/v5/orgs/…/owned_chats</c>.</param>
/// <param name="Query">The raw query string including its leading <c>?</c>, or empty.</param>
/// <param name="StatusCode">The response status.</param>
/// <param name="StartedAt">Wall-clock time the request arrived (not the simulator clock).</param>
/// <param name="Duration">Time from arrival to the end of the response, including injected latency.</param>
public sealed record LoggedRequest(string Method, string Path, string Query, int StatusCode, DateTimeOffset StartedAt, TimeSpan Duration);
