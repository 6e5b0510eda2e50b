using System.Collections.Concurrent;
using System.Management.Automation;
using Giosg.Client;
using Giosg.Client.Connections;
using Giosg.Client.Errors;
using Giosg.Client.Http;
using Giosg.Client.Paging;
using Giosg.PowerShell.Errors;
using Giosg.PowerShell.Output;
using Giosg.PowerShell.Session;

namespace Giosg.PowerShell.Commands;

/// <summary>
/// The base of every cmdlet that calls the API: the -Connection override, cancellation on
/// Ctrl+C, and one place that turns failures into error records.
/// </summary>
public abstract class GiosgCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<(bool Debug, string Line)> _trace = new();
    private bool? _tracing;
    private bool? _debugging;
    private CmdletOutput? _output;

    /// <summary>
    /// <para type="description">The connection to use instead of the session's (from Connect-Giosg -PassThru); lets one runbook serve several organizations.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public GiosgConnection? Connection { get; set; }

    /// <summary>Cancelled when the user presses Ctrl+C or a downstream command stops the pipeline.</summary>
    private protected CancellationToken StopToken => _stopping.Token;

    private protected virtual ICommandOutput Output => _output ??= new CmdletOutput(this, beforeWrite: DrainTrace);

    /// <summary>Whether -Verbose (or $VerbosePreference) wants one line per HTTP attempt.</summary>
    private bool Tracing => _tracing ??=
        MyInvocation.BoundParameters.TryGetValue("Verbose", out var verbose) && verbose is SwitchParameter { IsPresent: true }
        || GetVariableValue("VerbosePreference") is ActionPreference preference && preference != ActionPreference.SilentlyContinue;

    /// <summary>Whether -Debug (or $DebugPreference) wants summaries of what the API answered.</summary>
    private bool Debugging => _debugging ??=
        MyInvocation.BoundParameters.TryGetValue("Debug", out var debug) && debug is SwitchParameter { IsPresent: true }
        || GetVariableValue("DebugPreference") is ActionPreference preference && preference != ActionPreference.SilentlyContinue;

    /// <summary>
    /// Writes the HTTP attempts traced so far. They are queued by whatever thread made the
    /// request (the prefetch, the sweep's workers) and written here, on the pipeline thread.
    /// </summary>
    private protected void DrainTrace()
    {
        while (_trace.TryDequeue(out var entry))
        {
            if (entry.Debug)
            {
                WriteDebug(entry.Line);
            }
            else
            {
                WriteVerbose(entry.Line);
            }
        }
    }

    /// <summary>The client over -Connection, or the session's connection.</summary>
    private protected GiosgClient CreateClient()
    {
        var connection = Connection ?? SessionConnection.Current;
        if (connection is null)
        {
            Fail("GiosgNotConnected", "Not connected to Giosg. Run Connect-Giosg first, or pass -Connection.",
                "Connect-Giosg -OrganizationId <id> -ApiToken (Read-Host -AsSecureString)");
        }

        if (connection!.IsClosed)
        {
            Fail("GiosgConnectionClosed", "This connection was closed by Disconnect-Giosg and can send no more requests.",
                "Run Connect-Giosg again and use the new connection.");
        }

        return new GiosgClient(connection!);
    }

    /// <summary>
    /// Runs one unit of work (a listing, one chat): an API failure becomes a non-terminating
    /// error about <paramref name="target"/> so the pipeline goes on with the next input.
    /// </summary>
    private protected void Run(object? target, Action work)
    {
        // The trace sink flows into every task this work starts, and only into those.
        using var trace = Tracing || Debugging
            ? RequestTrace.Begin(line => _trace.Enqueue((false, line)), Debugging ? line => _trace.Enqueue((true, line)) : null)
            : null;
        try
        {
            work();
        }
        catch (GiosgApiException exception)
        {
            Output.WriteError(ApiErrors.From(exception, target));
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            // Ctrl+C: PowerShell is already stopping the pipeline; nothing to report.
        }
        catch (ArgumentException exception)
        {
            // Parameters no endpoint can serve: the same for every input, so stop here.
            ThrowTerminatingError(new ErrorRecord(exception, "GiosgInvalidArgument", ErrorCategory.InvalidArgument, target)
            {
                ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = "Change the parameters as the message says; see Get-Help " + MyInvocation.MyCommand.Name + " -Full." },
            });
        }
        finally
        {
            DrainTrace();
        }
    }

    /// <summary>
    /// -WhatIf/-Confirm for a change. With <paramref name="force"/>, the prompt is skipped for
    /// automation, while -WhatIf (also as a preference) and an explicit -Confirm still apply.
    /// </summary>
    private protected bool ShouldChange(bool force, string target, string action) =>
        force && !WhatIfRequested && !IsSwitchOn("Confirm") || ShouldProcess(target, action);

    /// <summary>-WhatIf, given or as a preference: ShouldProcess answers false for a dry run, not a "No".</summary>
    private protected bool WhatIfRequested => IsSwitchOn("WhatIf") || GetVariableValue("WhatIfPreference") is true or SwitchParameter { IsPresent: true };

    /// <summary>A yes/no filter as a switch: -Name is true, -Name:$false is false, absent is no filter.</summary>
    private protected bool? ThreeState(string name, SwitchParameter value) =>
        MyInvocation.BoundParameters.ContainsKey(name) ? value.IsPresent : null;

    /// <summary>
    /// Streams a listing of chats under -First/-Skip (SupportsPaging), then -IncludeTotalCount's count:
    /// exact when the listing ran to its end, else the API's count, if it gives one.
    /// </summary>
    private protected void WritePaged<T>(PagedListing<T> listing, string activity)
        where T : notnull
    {
        WriteVerbose($"Listing {listing.FirstPage.PathAndQuery}");
        var result = ListingWriter.Write(listing, Output, PagingParameters.Skip, PagingParameters.First, StopToken, activity);
        WriteVerbose($"Wrote {result.Written} chat(s) from {listing.PagesRead} page(s).");
        if (PagingParameters.IncludeTotalCount)
        {
            WriteObject(result.Exhausted
                ? PagingParameters.NewTotalCount(result.Seen, 1.0)
                : PagingParameters.NewTotalCount(listing.TotalCount is { } total ? (ulong)total : result.Seen, listing.TotalCount is null ? 0.0 : 1.0));
        }
    }

    private bool IsSwitchOn(string name) =>
        MyInvocation.BoundParameters.TryGetValue(name, out var value) && value is SwitchParameter { IsPresent: true };

    private void Fail(string errorId, string message, string recommendedAction) =>
        ThrowTerminatingError(new ErrorRecord(new InvalidOperationException(message), errorId, ErrorCategory.ConnectionError, Connection)
        {
            ErrorDetails = new ErrorDetails(message) { RecommendedAction = recommendedAction },
        });

    /// <inheritdoc />
    protected override void StopProcessing() => _stopping.Cancel();

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the cancellation source.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stopping.Dispose();
        }
    }
}
