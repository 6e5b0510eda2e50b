using System.Management.Automation;
using Giosg.Client.ConversationStarters;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.ConversationStarters;

/// <summary>
/// <para type="synopsis">Gets users' conversation starters: the greeting each user has per language.</para>
/// <para type="description">Lists users/&lt;user&gt;/chat_conversation_starters (001), oldest first, streaming. The API has no endpoint that reads one starter, so -LanguageCode filters the listing. Users come from -UserId, the pipeline (UserId or User property), or Connect-Giosg -UserId.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "GiosgConversationStarter")]
[OutputType(typeof(ConversationStarter))]
public sealed class GetGiosgConversationStarterCommand : GiosgCmdlet
{
    /// <summary><para type="description">The users whose starters to list; defaults to Connect-Giosg -UserId. Binds from a piped object's UserId or User property (a CSV column named user).</para></summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("User")]
    public string[]? UserId { get; set; }

    /// <summary><para type="description">Only starters in these languages (RFC 3066 codes, any case). A code that is not RFC 3066 is an error before any request.</para></summary>
    [Parameter]
    [Alias("Language")]
    public string[]? LanguageCode { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var client = CreateClient();
        HashSet<string>? wanted = null;
        if (LanguageCode is { Length: > 0 })
        {
            wanted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var code in LanguageCode)
            {
                if (!LanguageCodeInput.TryRead(code, Output, out var normalized))
                {
                    return;
                }

                wanted.Add(normalized);
            }
        }

        foreach (var text in UserId is { Length: > 0 } users ? users : new string?[] { null })
        {
            if (!IdInput.TryRead(text, nameof(UserId), Output, out var user))
            {
                continue;
            }

            Run(user, () =>
            {
                foreach (var starter in Blocking.Enumerate(client.ConversationStarters.List(user), StopToken))
                {
                    if (wanted is null || wanted.Contains(starter.LanguageCode))
                    {
                        Output.WriteObject(starter);
                    }
                }
            });
        }
    }
}
