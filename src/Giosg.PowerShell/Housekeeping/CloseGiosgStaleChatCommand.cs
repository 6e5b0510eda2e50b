using System.Management.Automation;
using Giosg.Client.Chats;
using Giosg.Client.Housekeeping;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Housekeeping;

/// <summary>
/// <para type="synopsis">Ends open chats that have been idle longer than a threshold: the housekeeping job.</para>
/// <para type="description">Chats of type external never end by themselves, so they pile up as "ghost chats". This lists the open chats of the scope (or of the given rooms) and collects those of the wanted types idle past -IdleFor when the run began (runStart - UpdatedAt &gt; IdleFor) before ending any, so its own endings cannot shift the listing's pages. Then it ends them, several at a time: right before ending a chat it reads the chat again, and ends it only if on that fresh data it is open, still idle past the threshold, and carries no -ExcludeTag tag; otherwise it is Skipped with the reason. Then it lists again and handles any candidate the first listing missed (other agents ending chats shift pages too), until a listing finds nothing new (at most 5 listings). So one run ends every chat that was stale when it began and is still stale when re-read, and nothing else. Each handled candidate is reported once as Ended, WouldEnd (-WhatIf), Declined (-Confirm: No), Skipped or Failed; the totals (including NotHandled: candidates left at -MaxCount) go to the information and verbose streams, and the pipeline with -Summary. A failure on one chat does not stop the others. If the command is stopped (Ctrl+C, Select-Object -First, an error), it stops listing and starting chats at once, lets endings already sent finish and writes them to the verbose stream; nothing runs after it returns.</para>
/// </summary>
[Cmdlet(VerbsCommon.Close, "GiosgStaleChat", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(StaleChatResult), typeof(StaleChatSweepSummary))]
public sealed class CloseGiosgStaleChatCommand : GiosgCmdlet
{
    private int _scope;

    private static readonly TimeSpan Sanity = TimeSpan.FromHours(1);
    private CmdletOutput? _output;

    /// <summary><para type="description">The threshold: how long a chat must have been idle to be ended, e.g. (New-TimeSpan -Days 7) or 7.00:00:00. A bare number such as 7 is refused (PowerShell would read it as 7 ticks, not days). Under one hour needs -AllowShortIdle.</para></summary>
    [Parameter(Mandatory = true, Position = 0)]
    [NoBareNumber]
    public TimeSpan IdleFor { get; set; }

    /// <summary><para type="description">Chat types to end; external by default (the only type that never ends by itself). * for every type.</para></summary>
    [Parameter]
    [ValidateSet(ChatTypes.External, ChatTypes.Visitor, ChatTypes.Operator, ChatTypes.Group, ChatTypes.Task, "*")]
    public string[] ChatType { get; set; } = [ChatTypes.External];

    /// <summary><para type="description">Sweep only these rooms.</para></summary>
    [Parameter]
    public Guid[]? RoomId { get; set; }

    /// <summary><para type="description">Owned (default): the organization's chats; Routed: also rooms shared to it (their chats are reported as skipped: only the owner can end them).</para></summary>
    [Parameter]
    [ValidateSet(nameof(ChatScope.Owned), nameof(ChatScope.Routed))]
    public ChatScope Scope
    {
        // Stored as an int: a field of Giosg.Client's enum type would make loading this type
        // (which PowerShell does before the module initializer hooks dependency resolution)
        // load Giosg.Client from the default context.
        get => (ChatScope)_scope;
        set => _scope = (int)value;
    }

    /// <summary><para type="description">Chats carrying any of these tags are skipped: a "keep open" tag.</para></summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? ExcludeTag { get; set; }

    /// <summary><para type="description">Adds this tag to each chat before ending it, e.g. auto-closed, so reports can find what housekeeping did.</para></summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Tag { get; set; }

    /// <summary><para type="description">A closing note posted to each chat right before it is ended, as the connection's user (Connect-Giosg -UserId is required): the user joins the chat through the organization's owned chats (001: only members may post), posts the note, then the chat is ended. Up to 2000 characters. If the note cannot be posted the chat is left open and reported Failed (the user leaves it again), unless -EndEvenIfMessageFails. A note whose answer was lost is reported as possibly posted and never sent again. -WhatIf posts nothing.</para></summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ValidateLength(1, 2000)]
    public string? Message { get; set; }

    /// <summary><para type="description">With -Message: ends a chat even when its closing note could not be posted (a warning says so). By default such a chat is left open and reported Failed.</para></summary>
    [Parameter]
    public SwitchParameter EndEvenIfMessageFails { get; set; }

    /// <summary><para type="description">Send at most this many end requests (with -WhatIf: report at most this many WouldEnd): a safety cap for first runs. Declined chats do not count; candidates left over are counted as NotHandled in the summary.</para></summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? MaxCount { get; set; }

    /// <summary><para type="description">Chats ended concurrently; 4 by default.</para></summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 4;

    /// <summary><para type="description">The "now" idleness is measured against; the moment the run begins by default. Makes a run reproducible. A time later than the clock is refused: it would make chats stale that are not.</para></summary>
    [Parameter]
    public DateTimeOffset? AsOf { get; set; }

    /// <summary><para type="description">Also writes the totals to the pipeline, after the per-chat results.</para></summary>
    [Parameter]
    public SwitchParameter Summary { get; set; }

    /// <summary><para type="description">Ends without asking for confirmation (for runbooks). -WhatIf still only reports. It does not allow -IdleFor under one hour: that needs -AllowShortIdle.</para></summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary><para type="description">Allows an -IdleFor under one hour (tests, demos). Separate from -Force, which every runbook passes.</para></summary>
    [Parameter]
    public SwitchParameter AllowShortIdle { get; set; }

    private protected override ICommandOutput Output => _output ??= new CmdletOutput(this, (target, action) => ShouldChange(Force, target, action), DrainTrace);

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (IdleFor > TimeSpan.Zero && IdleFor < Sanity && !AllowShortIdle)
        {
            Refuse(
                $"-IdleFor {IdleFor} is under one hour; nothing was done.",
                "GiosgIdleForTooShort",
                IdleFor,
                "Write the threshold as a time span such as (New-TimeSpan -Days 7) or 7.00:00:00; to sweep with a threshold under an hour on purpose, add -AllowShortIdle.");
        }

        if (AsOf is { } asOf && asOf > DateTimeOffset.UtcNow)
        {
            Refuse(
                $"-AsOf {asOf:u} is later than the clock ({DateTimeOffset.UtcNow:u}); a future 'now' makes chats stale that are not, and the re-check before ending would protect nothing. Nothing was done.",
                "GiosgAsOfInFuture",
                asOf,
                "Give an -AsOf at or before the current time, or leave it out to measure against the moment the run begins.");
        }

        var request = new StaleChatSweepRequest
        {
            IdleFor = IdleFor,
            ChatTypes = ChatType.Contains("*") ? null : ChatType,
            RoomIds = RoomId,
            Scope = Scope,
            ExcludeTags = ExcludeTag,
            Tag = Tag,
            MaxCount = MaxCount,
            ThrottleLimit = ThrottleLimit,
            AsOf = AsOf,
            Message = Message,
            EndEvenIfMessageFails = EndEvenIfMessageFails,
        };

        var client = CreateClient();
        if (Message is not null && client.Connection.UserId is null)
        {
            Refuse(
                "-Message posts a closing note as a user, and the connection has no user id; nothing was done.",
                "GiosgUserIdRequired",
                Message,
                "Connect with Connect-Giosg -UserId (the user the API token belongs to), or leave -Message out.");
        }

        Run(request, () =>
        {
            var reporter = new SweepReporter(Output, WhatIfRequested, Message is not null);
            var summary = new StaleChatSweep(client, request).Run(reporter, StopToken);
            reporter.Finish(summary, Summary);
        });
    }

    private void Refuse(string message, string errorId, object target, string recommendedAction) =>
        ThrowTerminatingError(new ErrorRecord(new ArgumentException(message), errorId, ErrorCategory.InvalidArgument, target)
        {
            ErrorDetails = new ErrorDetails(message) { RecommendedAction = recommendedAction },
        });
}
