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
    private Uri? _fallback;
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

    /// <summary>
    /// Where the listing is read instead when its first page answers 403 before anything was read:
    /// the same collection through a path the API documents without that restriction (B4).
    /// </summary>
    internal PagedListing<T> WithFallback(Uri? fallback)
    {
        _fallback = fallback;
        return this;
    }

    /// <inheritdoc />
    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

    private async IAsyncEnumerable<T> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // 64-bit fingerprints rather than the URLs: a million-chat listing visits 10,000 pages, and
        // keeping every URL made memory grow with the listing (bench/RESULTS.md).
        var visited = new HashSet<ulong> { Fingerprint(_firstPage.AbsoluteUri) };
        var abandoned = new List<PageFetch>();
        PageFetch? inFlight = Start(_firstPage, visited, stop.Token);
        try
        {
            while (inFlight is not null)
            {
                var arriving = inFlight;
                inFlight = null;
                arriving.Permit();
                ApiPage<T> page;
                try
                {
                    page = await arriving.Page.ConfigureAwait(false);
                }
                catch (GiosgApiException exception) when (_fallback is { } fallback && exception.Kind == GiosgErrorKind.PermissionDenied && arriving.Uri == _firstPage && PagesRead == 0)
                {
                    // The documented 403 of private chat history: read the same collection the other way.
                    Abandon(arriving.TakeNext(), abandoned);
                    RequestTrace.Write($"GET {RequestTrace.SafePathAndQuery(_firstPage)} answered 403; reading {RequestTrace.SafePathAndQuery(fallback)} instead.");
                    lock (visited)
                    {
                        visited.Add(Fingerprint(fallback.AbsoluteUri));
                    }

                    inFlight = Start(fallback, visited, stop.Token);
                    continue;
                }
                catch
                {
                    // A page that failed may have started the next one early: wind that down too.
                    inFlight = arriving.TakeNext();
                    throw;
                }
                finally
                {
                    arriving.Dispose();
                }

                Account(page);

                // Validate the next link before yielding, but report a bad one only after this
                // page's items: they are good data the caller should still get.
                var next = ResolveNext(page, arriving.Uri, visited, out var unsafeLink);
                var early = arriving.TakeNext();
                if (next is not null)
                {
                    if (early is not null && early.Uri == next)
                    {
                        inFlight = early;
                    }
                    else
                    {
                        // The link read early differed from the parsed page's (or none was read): follow the parsed one.
                        Abandon(early, abandoned);
                        inFlight = Start(next, visited, stop.Token);
                    }
                }
                else
                {
                    Abandon(early, abandoned);
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
                abandoned.Add(inFlight);
                if (inFlight.TakeNext() is { } beyond)
                {
                    abandoned.Add(beyond);
                }
            }

            if (abandoned.Count > 0)
            {
                // The consumer stopped early, or a page failed: abandon the pages requested ahead and
                // wait for their requests to wind down, so nothing is still in flight once disposal returns.
                stop.Cancel();
                foreach (var fetch in abandoned)
                {
                    try
                    {
                        await fetch.Page.ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                    catch (GiosgApiException)
                    {
                    }
                    finally
                    {
                        fetch.Dispose();
                    }
                }
            }
        }
    }

    private static void Abandon(PageFetch? fetch, List<PageFetch> abandoned)
    {
        if (fetch is not null)
        {
            fetch.Cancel();
            abandoned.Add(fetch);
        }
    }

    /// <summary>
    /// Requests a page. When its <c>next</c> link streams past (before the page is parsed) and the
    /// consumer has reached this page, the next page is requested at once: never more than one
    /// page ahead of the page being read.
    /// </summary>
    private PageFetch Start(Uri uri, HashSet<ulong> visited, CancellationToken stop)
    {
        var fetch = new PageFetch(uri, stop);
        fetch.Page = FetchAsync(uri, body => new NextLinkSniffer(body, link => fetch.Sniffed(ResolveEarly(uri, link, visited), next => Start(next, visited, stop))), fetch.Token);
        return fetch;
    }

    /// <summary>
    /// A link read early is followed only if it stays on the connection's origin and leads to a page
    /// not yet read; anything else waits for the parsed page's checks (and their error).
    /// </summary>
    private Uri? ResolveEarly(Uri current, string? link, HashSet<ulong> visited)
    {
        if (string.IsNullOrEmpty(link) || !Uri.TryCreate(current, link, out var next) || !OriginPolicy.IsSameOrigin(_firstPage, next))
        {
            return null;
        }

        lock (visited)
        {
            return visited.Contains(Fingerprint(next.AbsoluteUri)) ? null : next;
        }
    }

    private async Task<ApiPage<T>> FetchAsync(Uri uri, Func<Stream, Stream> observeBody, CancellationToken cancellationToken)
    {
        var page = await _transport.GetJsonAsync(uri, _pageType, cancellationToken, observeBody).ConfigureAwait(false);
        if (page.Results is null)
        {
            throw new GiosgApiException(
                GiosgErrorKind.InvalidResponse,
                $"The Giosg API answered GET {uri.PathAndQuery} with a page that has no 'results'.",
                "GET",
                uri.PathAndQuery);
        }

        return page;
    }

    /// <summary>Counts a page as read, in the order the consumer reads them (a page requested early may arrive first).</summary>
    private void Account(ApiPage<T> page)
    {
        if (page.Count is { } count)
        {
            Volatile.Write(ref _totalCount, count);
        }

        var pages = Interlocked.Increment(ref _pagesRead);
        if (RequestTrace.DebugEnabled)
        {
            var total = page.Count is { } size ? $" of {size}" : string.Empty;
            RequestTrace.WriteDebug($"Page {pages} of {RequestTrace.SafePathAndQuery(_firstPage)}: {page.Results!.Count} items{total}, {(string.IsNullOrEmpty(page.NextLink) ? "the last page" : "more to follow")}.");
        }
    }

    /// <summary>
    /// One page's request, and the next page's when it was started early. The next one starts when
    /// both have happened: the link was read from the body, and the consumer is waiting on this page.
    /// </summary>
    private sealed class PageFetch(Uri uri, CancellationToken stop) : IDisposable
    {
        private readonly CancellationTokenSource _cancel = CancellationTokenSource.CreateLinkedTokenSource(stop);
        private readonly object _lock = new();
        private bool _permitted;
        private Uri? _sniffed;
        private Func<Uri, PageFetch>? _start;
        private PageFetch? _next;

        public Uri Uri { get; } = uri;

        public Task<ApiPage<T>> Page { get; set; } = null!;

        public CancellationToken Token => _cancel.Token;

        /// <summary>The consumer has reached this page: a link already read may now be followed.</summary>
        public void Permit()
        {
            lock (_lock)
            {
                _permitted = true;
                StartIfReady();
            }
        }

        /// <summary>The body's link streamed past (only the first attempt's counts; a retry repeats it).</summary>
        public void Sniffed(Uri? next, Func<Uri, PageFetch> start)
        {
            lock (_lock)
            {
                if (_sniffed is not null || next is null)
                {
                    return;
                }

                _sniffed = next;
                _start = start;
                StartIfReady();
            }
        }

        /// <summary>The next page's fetch if it was started early; it is the caller's from now on.</summary>
        public PageFetch? TakeNext()
        {
            lock (_lock)
            {
                _permitted = false;
                _sniffed ??= Uri;
                var next = _next;
                _next = null;
                return next;
            }
        }

        public void Cancel() => _cancel.Cancel();

        /// <summary>Drops the link to the listing's token once the request is over.</summary>
        public void Dispose() => _cancel.Dispose();

        private void StartIfReady()
        {
            if (_permitted && _next is null && _start is not null && _sniffed is not null && _sniffed != Uri)
            {
                _next = _start(_sniffed);
                _start = null;
            }
        }
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

        bool added;
        lock (visited)
        {
            added = visited.Add(Fingerprint(next.AbsoluteUri));
        }

        if (!added)
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
