using System.Management.Automation;
using Giosg.Client.Tags;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.Tags;

/// <summary>
/// <para type="synopsis">Tags Giosg chats.</para>
/// <para type="description">Adds each name to each chat. Adding a tag the chat already has is not an error: -Verbose and -PassThru say whether each tag was new (the API's 201) or already there (200). If the API refuses a tag (for example on an ended chat, which the documents neither allow nor forbid), the refusal is reported for that chat and the others go on.</para>
/// </summary>
[Cmdlet(VerbsCommon.Add, "GiosgChatTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(TagChange))]
public sealed class AddGiosgChatTagCommand : GiosgChatChangeCmdlet
{
    private TagChanges? _changes;

    /// <summary><para type="description">The tags' names. Completes from the allowed tags of the chat given with -ChatId.</para></summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ArgumentCompleter(typeof(AllowedTagCompleter))]
    public string[] Name { get; set; } = [];

    /// <summary><para type="description">Writes a result per chat and tag: Added or AlreadyPresent. To tell them apart the chat's tags are read before each tag is added (one more request per tag); a tag already there is not written again.</para></summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing() => Name = [.. ValidNames(Name)];

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        _changes ??= new TagChanges(CreateClient(), Output, PassThru, StopToken);
        Run(null, () =>
        {
            foreach (var chat in Targets().Select(target => target.Reference))
            {
                _changes.Add(chat, Name);
            }
        });
    }
}
