using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Giosg.Client.Errors;
using Giosg.Client.Http;

namespace Giosg.Client.Paging;

/// <summary>
/// A paginated collection read lazily: items stream out as each page arrives, and the next page
/// is fetched while the consumer works on the current one (never more than one page ahead).
/// Stopping the enumeration cancels the request in flight and sends no further ones.
/// The reader follows the links the server returns and never builds one itself.
/// </summary>
public sealed class PagedListing<T> : IAsyncEnumerable<T>
{
    private readonly GiosgTransport _transport;
    private readonly Uri _firstPage;
    private readonly JsonTypeInfo<ApiPage<T>> _pageType;
    private readonly Func<T, bool>? _filter;
    private readonly Action<T>? _annotate;
    private int _totalCount = -1;
    private int _pagesRead;

    internal PagedListing(GiosgTransport transport, Uri firstPage, JsonTypeInfo<ApiPage<T>> pageType, Func<T, bool>? filter = null, Action<T>? annotate = null)
    {
        _transport = transport;
        _firstPage = firstPage;
        _pageType = pageType;
        _filter = filter;
        _annotate = annotate;
    }

    /// <summary>The collection's size once the first page has arrived, where the API reports it (page-numbered collections).</summary>
    public int? TotalCount => Volatile.Read(ref _totalCount) is var count and >= 0 ? count : null;

    /// <summary>How many pages have arrived so far.</summary>
    public int PagesRead => Volatile.Read(ref _pagesRead);

    /// <summary>The URL of the first page.</summary>
    public Uri FirstPage => _firstPage;

    /// <inheritdoc />
    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

    private async IAsyncEnumerable<T> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // 64-bit fingerprints rather than the URLs: a million-chat listing visits 10,000 pages, and
        // keeping every URL made memory grow with the listing (bench/RESULTS.md).
        var visited = new HashSet<ulong> { Fingerprint(_firstPage.AbsoluteUri) };
        Task<ApiPage<T>>? inFlight = FetchAsync(_firstPage, stop.Token);
        var current = _firstPage;
        try
        {
            while (inFlight is not null)
            {
                var arriving = inFlight;
                inFlight = null;
                var page = await arriving.ConfigureAwait(false);

                // Validate the next link before yielding, but report a bad one only after this
                // page's items: they are good data the caller should still get.
                var next = ResolveNext(page, current, visited, out var unsafeLink);
                if (next is not null)
                {
                    inFlight = FetchAsync(next, stop.Token);
                    current = next;
                }

                foreach (var item in page.Results!)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (_filter is null || _filter(item))
                    {
                        _annotate?.Invoke(item);
                        yield return item;
                    }
                }

                if (unsafeLink is not null)
                {
                    throw unsafeLink;
                }
            }
        }
        finally
        {
            if (inFlight is not null)
            {
                // The consumer stopped early: abandon the prefetched page and wait for the
                // request to wind down, so nothing is still in flight once disposal returns.
                stop.Cancel();
                try
                {
                    await inFlight.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
                catch (GiosgApiException)
                {
                }
            }
        }
    }

    private async Task<ApiPage<T>> FetchAsync(Uri uri, CancellationToken cancellationToken)
    {
        var page = await _transport.GetJsonAsync(uri, _pageType, cancellationToken).ConfigureAwait(false);
        if (page.Results is null)
        {
            throw new GiosgApiException(
                GiosgErrorKind.InvalidResponse,
                $"The Giosg API answered GET {uri.PathAndQuery} with a page that has no 'results'.",
                "GET",
                uri.PathAndQuery);
        }

        if (page.Count is { } count)
        {
            Volatile.Write(ref _totalCount, count);
        }

        var pages = Interlocked.Increment(ref _pagesRead);
        if (RequestTrace.DebugEnabled)
        {
            var total = page.Count is { } size ? $" of {size}" : string.Empty;
            RequestTrace.WriteDebug($"Page {pages} of {RequestTrace.SafePathAndQuery(_firstPage)}: {page.Results.Count} items{total}, {(string.IsNullOrEmpty(page.NextLink) ? "the last page" : "more to follow")}.");
        }

        return page;
    }

    private Uri? ResolveNext(ApiPage<T> page, Uri current, HashSet<ulong> visited, out GiosgApiException? unsafeLink)
    {
        unsafeLink = null;
        var link = page.NextLink;
        if (string.IsNullOrEmpty(link))
        {
            return null;
        }

        if (!Uri.TryCreate(current, link, out var next))
        {
            unsafeLink = Unsafe(current, $"a next-page link that is not a URL ('{link}')");
            return null;
        }

        if (!OriginPolicy.IsSameOrigin(_firstPage, next))
        {
            // Never follow, and so never send the token, off the connection's origin.
            unsafeLink = Unsafe(current, $"a next-page link to another origin ({next.GetLeftPart(UriPartial.Authority)}); it was not followed");
            return null;
        }

        if (!visited.Add(Fingerprint(next.AbsoluteUri)))
        {
            unsafeLink = Unsafe(current, $"a next-page link to a page already read ({next.PathAndQuery}); the listing stopped instead of looping");
            return null;
        }

        return next;
    }

    /// <summary>FNV-1a over the URL: a collision among a listing's pages is vanishingly unlikely at 64 bits.</summary>
    private static ulong Fingerprint(string url)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in url)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static GiosgApiException Unsafe(Uri page, string what) =>
        new(GiosgErrorKind.UnsafePaging,
            $"The Giosg API answered GET {page.PathAndQuery} with {what}. The items read before it were returned.",
            "GET",
            page.PathAndQuery);
}
