namespace Giosg.Simulator;

/// <summary>
/// A hook that may answer an API request in place of the simulated API: an error status, a slow or
/// truncated body, a dropped connection. It runs for every API request before authentication and
/// routing, after the request has been logged as started.
/// </summary>
public interface IFaultInjector
{
    /// <summary>Handles the request or lets it through.</summary>
    /// <returns><see langword="true"/> when the injector has written the response itself.</returns>
    ValueTask<bool> TryHandleAsync(HttpContext context);
}
