using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Giosg.Client.Chats;
using Giosg.Client.Connections;
using Giosg.Client.Errors;
using Giosg.Client.Http;
using Giosg.Client.Json;
using Giosg.Client.Paging;

namespace Giosg.Client.Export;

/// <summary>
/// Appends every ended chat to a file, exactly once, across any number of runs and kills.
/// </summary>
/// <remarks>
/// The chats are read from the older organization collection (003) with <c>only_ended=true</c> and
/// <c>ordering=end_time</c>: ended chats no longer change, and a chat that ends joins the end of that
/// order, so pages already read never lose a chat to a shift. Lines are appended in that order; the file's
/// last lines therefore say where to continue (their end time, and the chats at exactly that time). A run
/// asks for the count of chats ended before that time (<c>end_time</c>, one request of one chat), starts on
/// the page that holds the next one, and skips what the file already has. A tie group that a page boundary
/// splits is read whole (ordering=-end_time, end_time just after it), so the server's order among equal end
/// times does not matter. docs/architecture.md ("Export") explains the choice.
/// </remarks>
public sealed class ChatExport
{
    private static readonly TimeSpan OneMillisecond = TimeSpan.FromMilliseconds(1);
    private readonly GiosgConnection _connection;
    private readonly ChatsClient _chats;
    private readonly ChatExportRequest _request;
    private int _requests;
    private ExportFormat _format;

    internal ChatExport(GiosgConnection connection, ChatsClient chats, ChatExportRequest request)
    {
        _connection = connection;
        _chats = chats;
        _request = request;
    }

    /// <summary>What the run did; set when <see cref="RunAsync"/> has been enumerated to its end.</summary>
    public ChatExportSummary? Summary { get; private set; }

    /// <summary>
    /// Runs the export, reporting after each page. Enumerate it to the end; stopping early (or a failure)
    /// leaves a file the next run continues.
    /// </summary>
    /// <exception cref="ExportFileException">The file or its state cannot be continued with this request.</exception>
    /// <exception cref="GiosgApiException">The API refused or failed.</exception>
    public async IAsyncEnumerable<ChatExportProgress> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var path = System.IO.Path.GetFullPath(_request.Path);
        var statePath = ExportState.PathFor(path);
        var state = ExportState.Read(statePath);
        if (state?.Conflict(_request, _connection.OrganizationId) is { } conflict)
        {
            throw new ExportFileException(
                path,
                $"The export file '{path}' cannot be continued with these options: {conflict}.",
                $"Run the export with the options it was started with, use another -Path, or delete '{path}' and '{statePath}' to start over.");
        }

        _format = _request.Format ?? state?.Format ?? FormatOf(path);
        using var lines = new ExportLines(_format);
        using var file = ExportFile.Open(path, lines, out var frontier);
        foreach (var note in Notes(frontier, state, statePath))
        {
            yield return new ChatExportProgress(0, 0, null, note);
        }

        var tie = new TieGroup(frontier.LastEndTime, frontier.IdsAtLastEndTime);
        Save(statePath, tie, file, complete: false);

        long written = 0, skipped = 0;
        long? expected = null;
        var page = 1;
        if (tie.EndTime is { } resumeAfter)
        {
            var before = await CountEndedBeforeAsync(resumeAfter, cancellationToken).ConfigureAwait(false);
            page = (int)(before / ChatsClient.MaxLegacyPageSize) + 1;
            yield return new ChatExportProgress(0, 0, null, $"Continuing after the file's last chat (ended {Format(resumeAfter)}): {before} chat(s) ended before it; starting on page {page}.");
        }

        var next = StartPage(ListingFrom(page), cancellationToken);
        try
        {
            var firstOfRun = true;
            while (next is not null)
            {
                var (uri, result) = await next.ConfigureAwait(false);
                next = null;
                if (result is null)
                {
                    // The page is gone (the count was stale: chats deleted); step back one page.
                    if (!firstOfRun || page == 1)
                    {
                        throw new GiosgApiException(GiosgErrorKind.NotFound, $"The Giosg API answered GET {RequestTrace.SafePathAndQuery(uri)} with 404 (invalid page).", "GET", uri.PathAndQuery);
                    }

                    next = StartPage(ListingFrom(--page), cancellationToken);
                    continue;
                }

                var items = result.Results!;
                if (firstOfRun && page > 1 && items.Count > 0 && tie.EndTime is { } last && EndOf(items[0]) > last)
                {
                    // The page starts past the file's last chat: chats before it may be missing (a stale count); step back.
                    next = StartPage(ListingFrom(--page), cancellationToken);
                    continue;
                }

                expected ??= result.Count is { } count ? Math.Max(0, count - ((long)(page - 1) * ChatsClient.MaxLegacyPageSize)) : null;
                next = NextLink(result, uri) is { } link ? StartPage(link, cancellationToken) : null;
                for (var i = 0; i < items.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var chat = KeyOf(items[i], uri);
                    if (chat?.EndTime is not { } end)
                    {
                        skipped++;
                        continue;
                    }

                    if (i == 0 && !firstOfRun && tie.EndTime == end)
                    {
                        // A page boundary splits the chats ending at this moment: read them whole.
                        written += await WriteTieGroupAsync(end, tie, lines, file, cancellationToken).ConfigureAwait(false);
                    }

                    if (tie.TryAdd(chat.Id, end))
                    {
                        file.Append(LineOf(lines, items[i], uri));
                        written++;
                    }
                    else
                    {
                        skipped++;
                    }
                }

                file.Commit();
                firstOfRun = false;
                yield return new ChatExportProgress(written, written + skipped, expected);
            }
        }
        finally
        {
            if (next is not null)
            {
                await Abandon(next).ConfigureAwait(false);
            }
        }

        file.Commit();
        Save(statePath, tie, file, complete: true);
        Summary = new ChatExportSummary
        {
            Path = path,
            StatePath = statePath,
            Format = _format,
            ChatsWritten = written,
            ChatsSkipped = skipped,
            Requests = _requests,
            Duration = clock.Elapsed,
            RepairedBytes = frontier.RepairedBytes,
            ResumedAfter = frontier.LastEndTime,
            LastEndTime = tie.EndTime,
        };
    }

    private TranscriptListRequest Listing(int page) => new()
    {
        Ended = true,
        OrderBy = TranscriptOrder.EndTime,
        RoomId = _request.RoomId,
        StartedAfter = _request.StartedAfter,
        Page = page,
    };

    private Uri ListingFrom(int page) => _chats.TranscriptUri(Listing(page));

    private async Task<long> CountEndedBeforeAsync(DateTimeOffset moment, CancellationToken cancellationToken)
    {
        if (_request.StartedAfter is { } after && after >= moment)
        {
            return 0;
        }

        var uri = _chats.TranscriptUri(Listing(1) with { EndedBefore = moment, PageSize = 1 });
        var (_, page) = await GetPageAsync(uri, cancellationToken).ConfigureAwait(false);
        return page?.Count ?? throw new GiosgApiException(GiosgErrorKind.InvalidResponse, $"The Giosg API answered GET {RequestTrace.SafePathAndQuery(uri)} without a count.", "GET", uri.PathAndQuery);
    }

    /// <summary>Reads every chat that ended at exactly <paramref name="moment"/> (newest first, just after it) and writes those the file lacks.</summary>
    private async Task<long> WriteTieGroupAsync(DateTimeOffset moment, TieGroup tie, ExportLines lines, ExportFile file, CancellationToken cancellationToken)
    {
        long written = 0;
        Uri? uri = _chats.TranscriptUri(Listing(1) with { Descending = true, EndedBefore = moment + OneMillisecond });
        while (uri is not null)
        {
            var (current, page) = await GetPageAsync(uri, cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                break;
            }

            foreach (var item in page.Results!)
            {
                var chat = KeyOf(item, current);
                if (chat?.EndTime is not { } end || end > moment)
                {
                    continue;
                }

                if (end < moment)
                {
                    return written;
                }

                if (tie.TryAdd(chat.Id, end))
                {
                    file.Append(LineOf(lines, item, current));
                    written++;
                }
            }

            uri = NextLink(page, current);
        }

        return written;
    }

    private Task<(Uri Uri, ApiPage<JsonElement>? Page)> StartPage(Uri uri, CancellationToken cancellationToken) => GetPageAsync(uri, cancellationToken);

    /// <summary>One page; null for a 404 "Invalid page.".</summary>
    private async Task<(Uri Uri, ApiPage<JsonElement>? Page)> GetPageAsync(Uri uri, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        try
        {
            var page = await _connection.Transport.GetJsonAsync(uri, GiosgJsonContext.Default.ApiPageJsonElement, cancellationToken).ConfigureAwait(false);
            return page.Results is null
                ? throw new GiosgApiException(GiosgErrorKind.InvalidResponse, $"The Giosg API answered GET {RequestTrace.SafePathAndQuery(uri)} with a page that has no 'results'.", "GET", uri.PathAndQuery)
                : (uri, page);
        }
        catch (GiosgApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return (uri, null);
        }
    }

    /// <summary>The next page's URL; only on the connection's origin and never the same page again.</summary>
    private static Uri? NextLink(ApiPage<JsonElement> page, Uri current)
    {
        if (string.IsNullOrEmpty(page.NextLink))
        {
            return null;
        }

        if (!Uri.TryCreate(current, page.NextLink, out var next) || !OriginPolicy.IsSameOrigin(current, next) || next == current)
        {
            throw new GiosgApiException(
                GiosgErrorKind.UnsafePaging,
                $"The Giosg API answered GET {RequestTrace.SafePathAndQuery(current)} with a next-page link that is not a new page on its origin; the export stopped. Run it again to continue.",
                "GET",
                current.PathAndQuery);
        }

        return next;
    }

    private static async Task Abandon(Task<(Uri, ApiPage<JsonElement>?)> pending)
    {
        try
        {
            await pending.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (GiosgApiException)
        {
        }
    }

    private void Save(string statePath, TieGroup tie, ExportFile file, bool complete) =>
        new ExportState
        {
            Format = _format,
            OrganizationId = _connection.OrganizationId,
            RoomId = _request.RoomId,
            StartedAfter = _request.StartedAfter,
            LastEndTime = tie.EndTime,
            ChatsAtLastEndTime = tie.Count,
            FileLength = file.Length,
            Complete = complete,
            UpdatedAt = DateTimeOffset.UtcNow,
        }.Write(statePath);

    private static IEnumerable<string> Notes(ExportFrontier frontier, ExportState? state, string statePath)
    {
        if (frontier.RepairedBytes > 0)
        {
            yield return $"Removed a torn last line ({frontier.RepairedBytes} bytes) left by a run that was stopped while writing.";
        }

        if (state is null && frontier.LastEndTime is not null)
        {
            yield return $"No state file ('{statePath}'): continuing after the file's own last chat; the options it was started with cannot be checked.";
        }
        else if (state is not null && (state.FileLength != frontier.Length + frontier.RepairedBytes || !state.Complete))
        {
            yield return state.FileLength > frontier.Length + frontier.RepairedBytes
                ? "The file is shorter than its state recorded (it was edited): continuing after its last complete chat; removed chats are exported again."
                : "The last run did not finish: continuing after the file's last complete chat.";
        }
    }

    private static ExportChatKey? KeyOf(JsonElement chat, Uri page)
    {
        try
        {
            return chat.Deserialize(GiosgJsonContext.Default.ExportChatKey);
        }
        catch (JsonException exception)
        {
            throw Unreadable(page, exception);
        }
    }

    private static ArraySegment<byte> LineOf(ExportLines lines, JsonElement chat, Uri page)
    {
        try
        {
            return lines.Line(chat);
        }
        catch (JsonException exception)
        {
            throw Unreadable(page, exception);
        }
    }

    private static GiosgApiException Unreadable(Uri page, JsonException exception) =>
        new(GiosgErrorKind.InvalidResponse, $"The Giosg API answered GET {RequestTrace.SafePathAndQuery(page)} with a chat that cannot be read ({exception.Message}); nothing of it was written. Run the export again to continue.", "GET", page.PathAndQuery);

    private static DateTimeOffset EndOf(JsonElement chat) =>
        chat.Deserialize(GiosgJsonContext.Default.ExportChatKey)?.EndTime ?? DateTimeOffset.MinValue;

    /// <summary>A new file's format when none is given: CSV for a <c>.csv</c> file, JSONL otherwise.</summary>
    internal static ExportFormat FormatOf(string path) =>
        string.Equals(System.IO.Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Csv : ExportFormat.Jsonl;

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The newest end time written and the chats written at exactly that time: all the de-duplication an ordered export needs.</summary>
    private sealed class TieGroup(DateTimeOffset? endTime, HashSet<Guid> ids)
    {
        public DateTimeOffset? EndTime { get; private set; } = endTime;

        public int Count => ids.Count;

        /// <summary>True when the chat is new: later than the group, or in it but not yet written.</summary>
        public bool TryAdd(Guid id, DateTimeOffset end)
        {
            if (EndTime is { } current)
            {
                if (end < current)
                {
                    return false;
                }

                if (end > current)
                {
                    ids.Clear();
                }
            }

            EndTime = end;
            return ids.Add(id);
        }
    }
}
