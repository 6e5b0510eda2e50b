using System.Management.Automation;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.ConversationStarters;

/// <summary>
/// <para type="synopsis">Removes a user's conversation starter in a language.</para>
/// <para type="description">Deletes users/&lt;user&gt;/chat_conversation_starters/&lt;language_code&gt; (001). A language the user has no starter in is a GiosgNotFound error for that input; the others go on. Starters from Get-GiosgConversationStarter bind by property name.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "GiosgConversationStarter", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(void))]
public sealed class RemoveGiosgConversationStarterCommand : GiosgCmdlet
{
    /// <summary><para type="description">The user; defaults to Connect-Giosg -UserId. Binds from a piped object's UserId or User property.</para></summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("User")]
    public string? UserId { get; set; }

    /// <summary><para type="description">The language, an RFC 3066 code (any case). Binds from a LanguageCode or Language property.</para></summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Language")]
    public string LanguageCode { get; set; } = "";

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (!IdInput.TryRead(UserId, nameof(UserId), Output, out var userId) || !LanguageCodeInput.TryRead(LanguageCode, Output, out var code))
        {
            return;
        }

        var client = CreateClient();
        var target = $"user {userId?.ToString() ?? "(connection's user)"}, language {code}";
        if (ShouldProcess(target, "Remove the conversation starter"))
        {
            Run(target, () => client.ConversationStarters.RemoveAsync(userId, code, StopToken).GetAwaiter().GetResult());
        }
    }
}
