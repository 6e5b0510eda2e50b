using System.Management.Automation;
using Giosg.Client.ConversationStarters;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.ConversationStarters;

/// <summary>
/// <para type="synopsis">Sets a user's conversation starter in a language, adding it when the user has none in that language.</para>
/// <para type="description">Updates users/&lt;user&gt;/chat_conversation_starters/&lt;language_code&gt; with a PATCH of the message (001); when the API answers 404 (no starter in that language yet), adds it with a POST. Every parameter binds by property name, so a CSV of user, language and text sets every operator's greetings in one command (see the examples). A language code that is not RFC 3066 is an error about that row before any request; the API decides which languages it supports.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "GiosgConversationStarter", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(ConversationStarter))]
public sealed class SetGiosgConversationStarterCommand : GiosgCmdlet
{
    /// <summary><para type="description">The user; defaults to Connect-Giosg -UserId. Binds from a piped object's UserId or User property (a CSV column named user).</para></summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("User")]
    public string? UserId { get; set; }

    /// <summary><para type="description">The language, an RFC 3066 code (en, fi, sv, en-US; any case, sent in lower case). Binds from a LanguageCode or Language property.</para></summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Language")]
    public string LanguageCode { get; set; } = "";

    /// <summary><para type="description">The greeting. Binds from a Message or Text property.</para></summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Text")]
    [ValidateNotNullOrEmpty]
    public string Message { get; set; } = "";

    /// <summary><para type="description">Writes the starter as the API returned it.</para></summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (!IdInput.TryRead(UserId, nameof(UserId), Output, out var userId) || !LanguageCodeInput.TryRead(LanguageCode, Output, out var code))
        {
            return;
        }

        var client = CreateClient();
        var target = $"user {userId?.ToString() ?? "(connection's user)"}, language {code}";
        if (!ShouldProcess(target, $"Set the conversation starter to '{Message}'"))
        {
            return;
        }

        Run(target, () =>
        {
            var change = client.ConversationStarters.SetAsync(userId, code, Message, StopToken).GetAwaiter().GetResult();
            WriteVerbose($"{(change.Created ? "Added" : "Updated")} the conversation starter of {target}.");
            if (PassThru)
            {
                Output.WriteObject(change.Starter);
            }
        });
    }
}
