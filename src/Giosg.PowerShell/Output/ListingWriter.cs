namespace Giosg.PowerShell.Output;

/// <summary>
/// Streams a lazy listing to the pipeline item by item, blocking the pipeline thread only while
/// the next item is not there yet. Disposing the enumerator on any exit (the end, -First, a
/// downstream Select-Object -First, Ctrl+C) cancels the prefetch and sends no more requests.
/// </summary>
internal static class ListingWriter
{
    /// <summary>Writes the items after the first <paramref name="skip"/>, at most <paramref name="first"/> of them.</summary>
    /// <param name="items">The lazy listing.</param>
    /// <param name="output">Where the items go.</param>
    /// <param name="skip">Items to pass over first.</param>
    /// <param name="first">Items to write at the most.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <param name="activity">When given, a progress bar under this name counts the items read (once a listing takes over a second).</param>
    public static ListingResult Write<T>(IAsyncEnumerable<T> items, ICommandOutput output, ulong skip, ulong first, CancellationToken cancellationToken, string? activity = null)
        where T : notnull
    {
        var progress = activity is null ? null : new ListingProgress(output, activity);
        ulong written = 0;
        ulong seen = 0;
        if (first == 0)
        {
            return new ListingResult(written, seen, Exhausted: false);
        }

        try
        {
            foreach (var item in Blocking.Enumerate(items, cancellationToken))
            {
                progress?.Update(seen + 1);
                if (seen++ < skip)
                {
                    continue;
                }

                output.WriteObject(item);
                if (++written == first)
                {
                    return new ListingResult(written, seen, Exhausted: false);
                }
            }
        }
        finally
        {
            progress?.Complete();
        }

        return new ListingResult(written, seen, Exhausted: true);
    }
}

/// <summary>What <see cref="ListingWriter.Write"/> did: items written, items read, and whether the listing ran to its end.</summary>
internal readonly record struct ListingResult(ulong Written, ulong Seen, bool Exhausted);
