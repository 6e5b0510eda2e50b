using System.Management.Automation;
using Giosg.Client.Messages;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Errors;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Messages;

/// <summary>
/// <para type="synopsis">Sends a message to Giosg chats.</para>
/// <para type="description">Posts the message to each chat as the user (POST users/&lt;user&gt;/chats/&lt;chat&gt;/messages, 001): -UserId, the input's UserId, or Connect-Giosg -UserId. The user must be a member of the chat (001 answers 404 otherwise): join it first with Add-GiosgChatMember. -Attachment adds rich content as 001 documents it: titles, links, images and buttons (the generic template), an interaction or an external page. Each message is sent once and never repeated: if the connection breaks after it went out, the error GiosgOutcomeUnknown says it may have been sent, and nothing is sent again. An ended chat takes no messages: a chat from Get-GiosgChat that has ended is refused before any request (GiosgChatEnded), and the API's refusal (409) for any other input is the same error. The older POST orgs/&lt;org&gt;/chats/&lt;chat&gt;/messages of 004 is not used (a choice: it documents no answers, so an ended chat could not be told from other failures).</para>
/// </summary>
[Cmdlet(VerbsCommunications.Send, "GiosgChatMessage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ChatMessage))]
public sealed class SendGiosgChatMessageCommand : GiosgChatChangeCmdlet
{
    private ChatMessageDraft? _draft;

    /// <summary><para type="description">The text, up to 2000 characters (001's limit); Markdown links are shown as links.</para></summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string Message { get; set; } = string.Empty;

    /// <summary><para type="description">Rich content: hashtables with Title, TitleLinkUrl, Text, ImageUrl, ImageLinkUrl, LinkTarget and Actions (buttons: hashtables with Text, Value, Type button or link_button, Style, LinkTarget, IsDisabledOnSelection, IsDisabledOnVisitorMessage); InteractionId or AttachmentUrl for the other templates. Checked against 001's rules before any request.</para></summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public object[]? Attachment { get; set; }

    /// <summary><para type="description">generic (the default with -Attachment: titles, links, images, buttons), interaction (one attachment with an InteractionId) or external (an AttachmentUrl framed in the chat).</para></summary>
    [Parameter]
    [ValidateSet("generic", "interaction", "external")]
    public string? AttachmentTemplate { get; set; }

    /// <summary><para type="description">Writes each message as the API stored it.</para></summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        try
        {
            var attachments = Attachment is null ? null : AttachmentInput.Read(Attachment);
            _draft = new ChatMessageDraft { Message = Message, AttachmentTemplate = AttachmentTemplate, Attachments = attachments }.Validate();
        }
        catch (ArgumentException exception)
        {
            ThrowTerminatingError(new ErrorRecord(exception, "GiosgMessageInvalid", ErrorCategory.InvalidArgument, (object?)Attachment ?? Message)
            {
                ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = "Correct the message or its attachments as the message says; see Get-Help Send-GiosgChatMessage -Examples. Nothing was sent." },
            });
        }
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var client = CreateClient();
        Run(null, () =>
        {
            foreach (var target in Targets())
            {
                if (target.Chat is { IsEnded: true } ended)
                {
                    Output.WriteError(ApiErrors.ChatEnded(ended, "the message was not sent"));
                    continue;
                }

                if (!Output.ShouldProcess(target.Describe(), $"Send the message '{Shorten(Message)}' (visible to the chat's visitor; it cannot be taken back)"))
                {
                    continue;
                }

                PerChat.Try(Output, target.Reference.ChatId, () =>
                {
                    var sent = client.Messages.SendAsync(target.Reference, _draft!, UserId, StopToken).GetAwaiter().GetResult();
                    Output.WriteVerbose($"Sent message {sent.Id} to chat {target.Reference.ChatId}.");
                    if (PassThru)
                    {
                        Output.WriteObject(sent);
                    }
                });
            }
        });
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Remove(57) + "...";
}
