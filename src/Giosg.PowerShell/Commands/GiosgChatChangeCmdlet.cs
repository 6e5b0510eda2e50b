using System.Management.Automation;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Commands;

/// <summary>
/// The base of cmdlets that change chats: -Force skips the confirmation prompt for automation,
/// while -WhatIf, and an explicit -Confirm, still apply.
/// </summary>
public abstract class GiosgChatChangeCmdlet : GiosgChatCmdlet
{
    private CmdletOutput? _output;

    /// <summary><para type="description">Changes without asking for confirmation, for automation; -WhatIf still only reports.</para></summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    private protected override ICommandOutput Output => _output ??= new CmdletOutput(this, Approve, DrainTrace);

    private bool Approve(string target, string action) => ShouldChange(Force, target, action);

    /// <summary>Tag names checked before any request: an empty one stops the command with a clear error.</summary>
    private protected IReadOnlyList<string> ValidNames(IEnumerable<string?> names)
    {
        try
        {
            return Tags.TagChanges.Validate(names);
        }
        catch (ArgumentException exception)
        {
            ThrowTerminatingError(new ErrorRecord(exception, "GiosgTagNameEmpty", ErrorCategory.InvalidArgument, names)
            {
                ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = "Give non-empty tag names, e.g. -Name 'Lead'." },
            });
            throw;
        }
    }
}
