using System.Diagnostics;
using System.Threading.Channels;
using Giosg.Client.Chats;

namespace Giosg.Client.Housekeeping;

/// <summary>
/// Ends open chats idle past a threshold, safely: candidates stream from the listing, each is
/// approved by the caller, then a bounded pool of workers re-reads it and ends it only if it is
/// still open and still idle. <see cref="Run"/> drives everything from the calling thread, so
/// every observer call (prompts, output) happens there; only HTTP work runs on the pool.
/// </summary>
public sealed class StaleChatSweep
{
    // Enough to keep workers fed across a page boundary without holding a whole listing.
    private const int CandidateBuffer = 256;
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

    private readonly GiosgClient _client;
    private readonly StaleChatSweepRequest _request;
    private readonly StaleChatWorker _worker;
    private long _scanned;
    private long _candidates;

    /// <exception cref="ArgumentException">The request has values no sweep can run with.</exception>
    public StaleChatSweep(GiosgClient client, StaleChatSweepRequest request)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(client, nameof(client));
        ArgumentNullExceptionPolyfill.ThrowIfNull(request, nameof(request));
        request.Validate();
        _client = client;
        _request = request;
        _worker = new StaleChatWorker(client, request);
    }

    /// <summary>Runs the sweep to its end (or -MaxCount, or cancellation) and returns its totals.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; in-flight chats were finished first.</exception>
    public StaleChatSweepSummary Run(ISweepObserver observer, CancellationToken cancellationToken = default)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(observer, nameof(observer));
        var clock = Stopwatch.StartNew();
        var tally = new Tally();
        var candidates = Channel.CreateBounded<Chat>(new BoundedChannelOptions(CandidateBuffer) { SingleReader = true, SingleWriter = true });
        // Not single-reader: only the multi-reader channel can count what is waiting in it.
        var results = Channel.CreateUnbounded<StaleChatResult>();
        using var stopListing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var listing = Task.Run(() => ListCandidatesAsync(candidates.Writer, stopListing.Token), CancellationToken.None);
        var inFlight = new List<Task>();
        var lastProgress = TimeSpan.Zero;
        var maxCount = _request.MaxCount ?? long.MaxValue;

        while (true)
        {
            while (results.Reader.TryRead(out var result))
            {
                tally.Add(result);
                observer.Report(result);
            }

            inFlight.RemoveAll(task => task.IsCompleted);
            if (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C: no new chats; the ones being ended finish so none is left half-done.
                Task.WaitAll([.. inFlight], CancellationToken.None);
                cancellationToken.ThrowIfCancellationRequested();
            }

            var capReached = tally.Done + inFlight.Count >= maxCount;
            if (tally.Done >= maxCount && !stopListing.IsCancellationRequested)
            {
                tally.ReachedMaxCount = true;
                stopListing.Cancel();
            }

            if (!capReached && inFlight.Count < _request.ThrottleLimit && candidates.Reader.TryRead(out var chat))
            {
                var idle = _request.Now() - chat.UpdatedAt;
                if (observer.Approve(chat, idle))
                {
                    inFlight.Add(ProcessAsync(chat, results.Writer));
                }
                else
                {
                    var wouldEnd = StaleChatResult.For(chat, _request.Now(), StaleChatOutcome.WouldEnd, $"Idle for {Describe(idle)}; not ended (-WhatIf).");
                    tally.Add(wouldEnd);
                    observer.Report(wouldEnd);
                }

                continue;
            }

            if (capReached && tally.ReachedMaxCount && inFlight.Count == 0)
            {
                ReportLeftOver(candidates.Reader, listing, observer, tally);
                break;
            }

            if (candidates.Reader.Completion.IsCompleted && inFlight.Count == 0 && results.Reader.Count == 0)
            {
                break;
            }

            if (clock.Elapsed - lastProgress >= ProgressInterval)
            {
                lastProgress = clock.Elapsed;
                observer.Progress(new SweepProgress(Interlocked.Read(ref _scanned), Interlocked.Read(ref _candidates), tally.Ended, clock.Elapsed));
            }

            WaitForWork(results.Reader, candidates.Reader, canDispatch: !capReached && inFlight.Count < _request.ThrottleLimit, cancellationToken);
        }

        // The channel completes in the listing's finally block; let the task itself finish too.
        WaitQuietly(listing);

        observer.Progress(new SweepProgress(Interlocked.Read(ref _scanned), Interlocked.Read(ref _candidates), tally.Ended, clock.Elapsed));
        return new StaleChatSweepSummary
        {
            Scanned = Interlocked.Read(ref _scanned),
            Candidates = Interlocked.Read(ref _candidates),
            Ended = tally.Ended,
            WouldEnd = tally.WouldEnd,
            Skipped = tally.Skipped,
            Failed = tally.Failed,
            ReachedMaxCount = tally.ReachedMaxCount,
            ListingError = listing.IsFaulted ? listing.Exception!.InnerException : null,
            Duration = clock.Elapsed,
        };
    }

    private async Task ProcessAsync(Chat chat, ChannelWriter<StaleChatResult> results)
    {
        // Workers are not cancelled by Ctrl+C: a chat being ended finishes (or fails) on its own.
        var result = await _worker.ProcessAsync(chat, CancellationToken.None).ConfigureAwait(false);
        results.TryWrite(result);
    }

    private async Task ListCandidatesAsync(ChannelWriter<Chat> candidates, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var request in ListingRequests())
            {
                await foreach (var chat in _client.Chats.List(request).WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    Interlocked.Increment(ref _scanned);
                    if (!chat.IsEnded && _request.IsStale(chat.UpdatedAt, _request.Now()))
                    {
                        await candidates.WriteAsync(chat, cancellationToken).ConfigureAwait(false);
                        Interlocked.Increment(ref _candidates);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // -MaxCount or Ctrl+C stopped the listing: not a failure.
        }
        finally
        {
            candidates.TryComplete();
        }
    }

    /// <summary>Open chats of the wanted types: the scope, or each room in turn.</summary>
    private IEnumerable<ChatListRequest> ListingRequests()
    {
        var types = _request.ChatTypes is { Count: > 0 } wanted ? wanted : null;
        if (_request.RoomIds is { Count: > 0 } rooms)
        {
            return rooms.Select(room => new ChatListRequest { RoomId = room, IsEnded = false, ChatTypes = types });
        }

        return [new ChatListRequest { Scope = _request.Scope, IsEnded = false, ChatTypes = types }];
    }

    private static void WaitQuietly(Task task) => task.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).Wait();

    private void ReportLeftOver(ChannelReader<Chat> candidates, Task listing, ISweepObserver observer, Tally tally)
    {
        WaitQuietly(listing);
        while (candidates.TryRead(out var chat))
        {
            var skipped = StaleChatResult.For(chat, _request.Now(), StaleChatOutcome.Skipped, $"Not handled: -MaxCount {_request.MaxCount} was reached.");
            tally.Add(skipped);
            observer.Report(skipped);
        }
    }

    private static void WaitForWork(ChannelReader<StaleChatResult> results, ChannelReader<Chat> candidates, bool canDispatch, CancellationToken cancellationToken)
    {
        var waits = new List<Task> { results.WaitToReadAsync(cancellationToken).AsTask() };
        if (canDispatch && !candidates.Completion.IsCompleted)
        {
            waits.Add(candidates.WaitToReadAsync(cancellationToken).AsTask());
        }

        try
        {
            // Wake at least every progress interval so the bar moves while workers are busy.
            Task.WaitAny([.. waits], (int)ProgressInterval.TotalMilliseconds, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The loop notices the cancellation and winds down.
        }
    }

    internal static string Describe(TimeSpan span) =>
        span.TotalDays >= 1 ? $"{span.TotalDays:0.#} days" : span.TotalHours >= 1 ? $"{span.TotalHours:0.#} hours" : $"{span.TotalMinutes:0.#} minutes";

    /// <summary>Counts per outcome, kept on the driving thread.</summary>
    private sealed class Tally
    {
        public long Ended { get; private set; }

        public long WouldEnd { get; private set; }

        public long Skipped { get; private set; }

        public long Failed { get; private set; }

        public bool ReachedMaxCount { get; set; }

        /// <summary>What counts toward -MaxCount: chats ended, or found by a dry run.</summary>
        public long Done => Ended + WouldEnd;

        public void Add(StaleChatResult result)
        {
            switch (result.Outcome)
            {
                case StaleChatOutcome.Ended: Ended++; break;
                case StaleChatOutcome.WouldEnd: WouldEnd++; break;
                case StaleChatOutcome.Skipped: Skipped++; break;
                default: Failed++; break;
            }
        }
    }
}
