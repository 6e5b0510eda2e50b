namespace Giosg.Simulator.Faults;

/// <summary>Carries out a fault a <see cref="FaultPlan"/> has picked for a request.</summary>
internal static class FaultResponses
{
    /// <returns><see langword="true"/> when the request has been answered (or dropped); <see langword="false"/> to let the API answer it.</returns>
    public static async ValueTask<bool> ApplyAsync(HttpContext context, Fault fault)
    {
        switch (fault.Kind)
        {
            case FaultKind.Status or FaultKind.BurstOf429:
                await ErrorPages.WriteStatusAsync(context, fault.StatusCode, fault.RetryAfter);
                return true;
            case FaultKind.ResetBeforeResponse:
                context.Abort();
                return true;
            case FaultKind.InvalidJson:
                await ErrorPages.WriteInvalidJsonAsync(context);
                return true;
            case FaultKind.Slow:
                // A client that gave up has nobody left to answer: count it as answered.
                return !await WaitAsync(context, fault.Delay);
            case FaultKind.ResetMidBody or FaultKind.TruncatedJson or FaultKind.WrongContentType or FaultKind.ForeignNextLink:
                if (await DownstreamFeature.RunBufferedAsync(context) is { } body)
                {
                    await SpoilAsync(context, fault.Kind, body);
                }

                return true;
            default:
                throw new InvalidOperationException($"A {fault.Kind} fault must be picked before it is applied.");
        }
    }

    /// <returns><see langword="true"/> when the whole delay passed; <see langword="false"/> when the client went away first.</returns>
    private static async Task<bool> WaitAsync(HttpContext context, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, context.RequestAborted);
            return true;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Sends the API's answer, already in <paramref name="body"/> with status and headers set, the way the fault spoils it.</summary>
    private static async Task SpoilAsync(HttpContext context, FaultKind kind, byte[] body)
    {
        var response = context.Response;
        switch (kind)
        {
            case FaultKind.ResetMidBody:
                await MidBodyReset.SendAsync(context, body);
                return;
            case FaultKind.TruncatedJson:
                body = body[..(body.Length / 2)];
                break;
            case FaultKind.WrongContentType:
                response.ContentType = "text/html; charset=utf-8";
                break;
            case FaultKind.ForeignNextLink:
                body = NextLinkRewriter.Rewrite(body) ?? body;
                break;
        }

        if (body.Length > 0)
        {
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body);
        }
    }
}
