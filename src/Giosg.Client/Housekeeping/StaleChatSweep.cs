using System.Diagnostics;
using System.Threading.Channels;
using Giosg.Client.Chats;

namespace Giosg.Client.Housekeeping;

/// <summary>
/// Ends open chats idle past a threshold, safely and completely, in one run:
/// <list type="number">
/// <item>List every open chat of the wanted types and collect the stale ones (ids and listed data) before
/// ending any, so the sweep's own endings cannot shift the pages of an API whose cursors are offsets.</item>
/// <item>End the candidates with bounded concurrency: each is approved by the caller, re-read, and ended
/// only if on that fresh data it is open, was stale when the run began, and carries no excluded tag.</item>
/// <item>List again (a confirming pass) and handle any candidate the earlier passes missed (other agents
/// ending chats shift offset pages too), until a pass finds nothing new or <see cref="MaxPasses"/>.</item>
/// </list>
/// Memory is O(candidates): the listed chats that are stale, plus one id per candidate to recognise it in
/// later passes; chats that are not stale are not kept. <see cref="Run"/> drives everything from the
/// calling thread, so every observer call (prompts, output) happens there; only HTTP work runs on the pool.
/// </summary>
public sealed class StaleChatSweep
{
    /// <summary>Listing passes at most: one, plus confirming passes while they still find new candidates.</summary>
    public const int MaxPasses = 5;

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

    private readonly GiosgClient _client;
    private readonly StaleChatSweepRequest _request;

    /// <exception cref="ArgumentException">The request has values no sweep can run with (including an -AsOf later than the clock).</exception>
    public StaleChatSweep(GiosgClient client, StaleChatSweepRequest request)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(client, nameof(client));
        ArgumentNullExceptionPolyfill.ThrowIfNull(request, nameof(request));
        request.Validate();
        if (request.Message is not null && client.Connection.UserId is null)
        {
            throw new ArgumentException("A closing note is posted as a user: connect with Connect-Giosg -UserId (the user the API token belongs to), or leave -Message out.");
        }

        _client = client;
        _request = request;
    }

    /// <summary>Delays injected at each hand-off, for race tests.</summary>
    internal SweepHooks Hooks { get; set; } = SweepHooks.None;

    /// <summary>Runs the sweep to its end (or -MaxCount) and returns its totals.</summary>
    /// <remarks>
    /// On any early exit (cancellation, an exception, an observer that throws) it stops listing and
    /// dispatching at once, waits for every worker (endings already sent finish), passes what they did to
    /// <see cref="ISweepObserver.Stopped"/>, and rethrows: no task or request outlives this call.
    /// </remarks>
    /// <exception cref="OperationCanceledException">Cancelled; endings already sent were finished first.</exception>
    public StaleChatSweepSummary Run(ISweepObserver observer, CancellationToken cancellationToken = default)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(observer, nameof(observer));
        var run = new SweepRun(this, observer, cancellationToken);
        return run.Execute();
    }

    internal static string Describe(TimeSpan span) =>
        span.TotalDays >= 1 ? $"{span.TotalDays:0.#} days" : span.TotalHours >= 1 ? $"{span.TotalHours:0.#} hours" : $"{span.TotalMinutes:0.#} minutes";

    /// <summary>One run's state; everything here is touched by the calling thread only.</summary>
    private sealed class SweepRun
    {
        private readonly StaleChatSweep _sweep;
        private readonly StaleChatSweepRequest _request;
        private readonly ISweepObserver _observer;
        private readonly CancellationToken _cancellation;
        private readonly StaleChatWorker _worker;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly DateTimeOffset _runAt;
        private readonly HashSet<Guid> _seen = [];
        private readonly Queue<Chat> _pending = new();
        private readonly List<Task> _workers = [];
        private readonly Channel<StaleChatResult?> _results = Channel.CreateUnbounded<StaleChatResult?>(new UnboundedChannelOptions { SingleReader = true });
        private TimeSpan _lastProgress;
        private int _inFlight;
        private long _scanned;
        private long _ended;
        private long _wouldEnd;
        private long _skipped;
        private long _failed;
        private long _declined;
        private long _notHandled;
        private long _endRequests;
        private int _passes;
        private bool _converged;
        private bool _reachedMaxCount;
        private Exception? _listingError;

        public SweepRun(StaleChatSweep sweep, ISweepObserver observer, CancellationToken cancellation)
        {
            _sweep = sweep;
            _request = sweep._request;
            _observer = observer;
            _cancellation = cancellation;
            _runAt = _request.AsOf ?? DateTimeOffset.UtcNow;
            _worker = new StaleChatWorker(sweep._client, _request, sweep.Hooks);
        }

        private long MaxCount => _request.MaxCount ?? long.MaxValue;

        /// <summary>End requests sent or possibly being sent, plus dry-run finds: what -MaxCount caps.</summary>
        private long Committed => _endRequests + _wouldEnd + _inFlight;

        public StaleChatSweepSummary Execute()
        {
            // Stops workers' re-reads on any early exit; endings already committed are not cancelled.
            using var stopWorkers = CancellationTokenSource.CreateLinkedTokenSource(_cancellation);
            var finished = false;
            try
            {
                while (_passes < MaxPasses && !_reachedMaxCount && _listingError is null)
                {
                    _passes++;
                    var found = ListPass();
                    if (found == 0)
                    {
                        _converged = _listingError is null;
                        break;
                    }

                    Dispatch(stopWorkers.Token);
                }

                _notHandled += _pending.Count;
                finished = true;
                var summary = Summary(stopped: false);
                _observer.Progress(new SweepProgress(_scanned, _seen.Count, _ended, _clock.Elapsed));
                return summary;
            }
            finally
            {
                if (!finished)
                {
                    Wind(stopWorkers);
                }
            }
        }

        /// <summary>An early exit: stop the re-reads, wait for every worker, hand over what they did.</summary>
        private void Wind(CancellationTokenSource stopWorkers)
        {
            stopWorkers.Cancel();
            try
            {
                Task.WaitAll([.. _workers], CancellationToken.None);
            }
            catch (AggregateException)
            {
                // Workers never fault (each catches everything); nothing to add here.
            }

            var unreported = new List<StaleChatResult>();
            while (_results.Reader.TryRead(out var result))
            {
                _inFlight--;
                if (result is null)
                {
                    _notHandled++;
                }
                else
                {
                    Count(result);
                    unreported.Add(result);
                }
            }

            _notHandled += _pending.Count;
            try
            {
                _observer.Stopped(Summary(stopped: true), unreported);
            }
#pragma warning disable CA1031 // The original exception is what the caller needs; this one must not replace it.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        /// <summary>Lists open chats once; queues the stale ones not seen in earlier passes. Returns how many.</summary>
        private int ListPass()
        {
            var found = 0;
            foreach (var listing in ListingRequests())
            {
                var chats = _sweep._client.Chats.List(listing).GetAsyncEnumerator(_cancellation);
                try
                {
                    while (Wait(chats.MoveNextAsync()))
                    {
                        var chat = chats.Current;
                        _scanned++;
                        Hook(SweepPoint.Listed);
                        if (!chat.IsEnded && _request.IsStale(chat.UpdatedAt, _runAt) && _seen.Add(chat.Id))
                        {
                            _pending.Enqueue(chat);
                            found++;
                        }

                        ReportProgress();
                    }
                }
                catch (Errors.GiosgApiException exception)
                {
                    // The candidates read so far are still handled; the summary carries the error.
                    _listingError = exception;
                    return found;
                }
                finally
                {
                    Wait(chats.DisposeAsync());
                }
            }

            return found;
        }

        /// <summary>Hands queued candidates to workers, at most ThrottleLimit at once, never past -MaxCount.</summary>
        private void Dispatch(CancellationToken stopWorkers)
        {
            while (true)
            {
                // Counting happens here, per result read, never by inspecting tasks: nothing finishes uncounted.
                while (_results.Reader.TryRead(out var result))
                {
                    Hook(SweepPoint.ResultRead);
                    _inFlight--;
                    if (result is null)
                    {
                        // Stopped before its end request: nothing was done to the chat.
                        _notHandled++;
                    }
                    else
                    {
                        Count(result);
                        _observer.Report(result);
                    }
                }

                _cancellation.ThrowIfCancellationRequested();
                while (_inFlight < _request.ThrottleLimit && _pending.Count > 0 && Committed < MaxCount)
                {
                    Hook(SweepPoint.Dispatching);
                    Start(_pending.Dequeue(), stopWorkers);
                    _cancellation.ThrowIfCancellationRequested();
                }

                if (_inFlight == 0 && (_pending.Count == 0 || Committed >= MaxCount))
                {
                    // At the cap no confirming pass runs: it could find chats this run may not end.
                    _reachedMaxCount = Committed >= MaxCount;
                    return;
                }

                ReportProgress();
                if (_inFlight > 0)
                {
                    try
                    {
                        // Wake at least every progress interval so the bar moves while workers are busy.
                        _results.Reader.WaitToReadAsync(_cancellation).AsTask().Wait((int)ProgressInterval.TotalMilliseconds, _cancellation);
                    }
                    catch (OperationCanceledException)
                    {
                        // The loop notices the cancellation and winds down.
                    }
                    catch (AggregateException exception) when (exception.InnerException is OperationCanceledException)
                    {
                    }
                }
            }
        }

        private void Start(Chat chat, CancellationToken stopWorkers)
        {
            var approval = _observer.Approve(chat, _runAt - chat.UpdatedAt);
            if (approval != SweepApproval.End)
            {
                var outcome = approval == SweepApproval.WouldEnd ? StaleChatOutcome.WouldEnd : StaleChatOutcome.Declined;
                var reason = approval == SweepApproval.WouldEnd
                    ? $"Idle for {Describe(_runAt - chat.UpdatedAt)}; not ended (-WhatIf)."
                    : "Declined: not ended.";
                var result = StaleChatResult.For(chat, _runAt, outcome, reason);
                Count(result);
                _observer.Report(result);
                return;
            }

            _inFlight++;
            _workers.Add(Task.Run(() => WorkAsync(chat, stopWorkers), CancellationToken.None));
        }

        private async Task WorkAsync(Chat chat, CancellationToken stopWorkers)
        {
            StaleChatResult? result;
            try
            {
                result = await _worker.ProcessAsync(chat, _runAt, stopWorkers).ConfigureAwait(false);
                await _sweep.Hooks.At(SweepPoint.ResultWriting).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // A worker must hand over exactly one result, whatever happened.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                // The worker catches everything itself; if this ever runs, assume the end went out.
                result = StaleChatResult.For(chat, _runAt, StaleChatOutcome.Failed, exception.Message, exception, endRequestSent: true);
            }

            _results.Writer.TryWrite(result);
        }

        /// <summary>Adds a result to the totals.</summary>
        private void Count(StaleChatResult result)
        {
            _endRequests += result.EndRequestSent ? 1 : 0;
            switch (result.Outcome)
            {
                case StaleChatOutcome.Ended: _ended++; break;
                case StaleChatOutcome.WouldEnd: _wouldEnd++; break;
                case StaleChatOutcome.Skipped: _skipped++; break;
                case StaleChatOutcome.Declined: _declined++; break;
                default: _failed++; break;
            }
        }

        private StaleChatSweepSummary Summary(bool stopped) => new()
        {
            Scanned = _scanned,
            Candidates = _seen.Count,
            Ended = _ended,
            WouldEnd = _wouldEnd,
            Skipped = _skipped,
            Failed = _failed,
            Declined = _declined,
            NotHandled = _notHandled,
            EndRequests = _endRequests,
            Passes = _passes,
            Converged = _converged,
            ReachedMaxCount = _reachedMaxCount,
            Stopped = stopped,
            ListingError = _listingError,
            Duration = _clock.Elapsed,
        };

        private void ReportProgress()
        {
            if (_clock.Elapsed - _lastProgress >= ProgressInterval)
            {
                _lastProgress = _clock.Elapsed;
                _observer.Progress(new SweepProgress(_scanned, _seen.Count, _ended, _clock.Elapsed));
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

        private void Hook(SweepPoint point)
        {
            Wait(_sweep.Hooks.At(point));
        }

        private static T Wait<T>(ValueTask<T> task) => task.IsCompleted ? task.GetAwaiter().GetResult() : task.AsTask().GetAwaiter().GetResult();

        private static void Wait(ValueTask task)
        {
            if (task.IsCompleted)
            {
                task.GetAwaiter().GetResult();
            }
            else
            {
                task.AsTask().GetAwaiter().GetResult();
            }
        }
    }
}
