using System.Management.Automation;
using Giosg.Client.Chats;
using Giosg.Client.Housekeeping;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Housekeeping;

/// <summary>
/// <para type="synopsis">Ends open chats that have been idle longer than a threshold: the housekeeping job.</para>
/// <para type="description">Chats of type external never end by themselves, so they pile up as "ghost chats". This lists the open chats of the scope (or of the given rooms), finds those of the wanted types idle past -IdleFor (now - UpdatedAt &gt; IdleFor), and ends them, several at a time. Right before ending a chat it reads the chat again: a chat that ended meanwhile or became active again is skipped with the reason, so no chat that is not stale at that moment is ended. Each candidate is reported as Ended, WouldEnd (-WhatIf), Skipped or Failed; the totals go to the information stream (and the pipeline with -Summary). A failure on one chat does not stop the others. Run it again and it finds nothing new to end.</para>
/// </summary>
[Cmdlet(VerbsCommon.Close, "GiosgStaleChat", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(StaleChatResult), typeof(StaleChatSweepSummary))]
public sealed class CloseGiosgStaleChatCommand : GiosgCmdlet
{
    private int _scope;

    private static readonly TimeSpan Sanity = TimeSpan.FromHours(1);
    private CmdletOutput? _output;

    /// <summary><para type="description">How long a chat must have been idle to be ended, e.g. (New-TimeSpan -Days 7) or 7.00:00:00. Under one hour needs -Force: a bare number such as 7 converts to 7 ticks, not days.</para></summary>
    [Parameter(Mandatory = true, Position = 0)]
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

    /// <summary><para type="description">Stop after ending this many chats: a safety cap for first runs.</para></summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? MaxCount { get; set; }

    /// <summary><para type="description">Chats ended concurrently; 4 by default.</para></summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 4;

    /// <summary><para type="description">The "now" idleness is measured against; the current time by default. Makes a run reproducible.</para></summary>
    [Parameter]
    public DateTimeOffset? AsOf { get; set; }

    /// <summary><para type="description">Also writes the totals to the pipeline, after the per-chat results.</para></summary>
    [Parameter]
    public SwitchParameter Summary { get; set; }

    /// <summary><para type="description">Ends without asking for confirmation (for runbooks), and allows -IdleFor under one hour. -WhatIf still only reports.</para></summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    private protected override ICommandOutput Output => _output ??= new CmdletOutput(this, (target, action) => ShouldChange(Force, target, action), DrainTrace);

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (IdleFor < Sanity && !Force)
        {
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException($"-IdleFor {IdleFor} is under one hour. A bare number converts to ticks (-IdleFor 7 is 7 ticks, not 7 days): write (New-TimeSpan -Days 7) or 7.00:00:00. Add -Force to sweep with a threshold under an hour."),
                "GiosgIdleForTooShort",
                ErrorCategory.InvalidArgument,
                IdleFor));
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
        };

        var client = CreateClient();
        Run(request, () =>
        {
            var reporter = new SweepReporter(Output);
            var summary = new StaleChatSweep(client, request).Run(reporter, StopToken);
            reporter.Finish(summary, Summary);
        });
    }
}
