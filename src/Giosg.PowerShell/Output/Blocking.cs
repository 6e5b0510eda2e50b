namespace Giosg.PowerShell.Output;

/// <summary>
/// Reads a lazy async listing from the pipeline thread, which cannot await: each item blocks
/// only until it is there. Leaving the loop early (break, an exception, Select-Object -First)
/// disposes the listing, which cancels its prefetch and sends no more requests.
/// </summary>
internal static class Blocking
{
    public static IEnumerable<T> Enumerate<T>(IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        var enumerator = items.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (Wait(enumerator.MoveNextAsync()))
            {
                yield return enumerator.Current;
            }
        }
        finally
        {
            Wait(enumerator.DisposeAsync());
        }
    }

    private static bool Wait(ValueTask<bool> pending) =>
        pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();

    private static void Wait(ValueTask pending)
    {
        if (!pending.IsCompletedSuccessfully)
        {
            pending.AsTask().GetAwaiter().GetResult();
        }
    }
}
