using System.Management.Automation;
using Giosg.Client.Tags;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.Tags;

/// <summary>
/// <para type="synopsis">Removes tags from Giosg chats.</para>
/// <para type="description">Removes each named tag from each chat. Takes tags from Get-GiosgChatTag through the pipeline (their ChatId and Name bind). Names with spaces, '/', '%', '?', '#' or non-ASCII letters are sent URL-encoded as one path segment.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "GiosgChatTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(TagChange))]
public sealed class RemoveGiosgChatTagCommand : GiosgChatChangeCmdlet
{
    private TagChanges? _changes;

    /// <summary><para type="description">The tags' names. Completes from the allowed tags of the chat given with -ChatId.</para></summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(AllowedTagCompleter))]
    public string[] Name { get; set; } = [];

    /// <summary><para type="description">Writes a result per chat and tag.</para></summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        _changes ??= new TagChanges(CreateClient(), Output, PassThru, StopToken);
        var names = ValidNames(Name);
        Run(null, () =>
        {
            foreach (var chat in Targets().Select(target => target.Reference))
            {
                _changes.Remove(chat, names);
            }
        });
    }
}
