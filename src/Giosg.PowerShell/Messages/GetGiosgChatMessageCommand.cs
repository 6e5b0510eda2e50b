using System.Management.Automation;
using Giosg.Client.Messages;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.Messages;

/// <summary>
/// <para type="synopsis">Gets the messages of Giosg chats, newest first.</para>
/// <para type="description">Streams every page of each chat's messages, in the API's order: newest first. Besides typed messages (type msg) a chat holds events (join, leave, autosuggest, ...); -Type and -ExcludeType choose. In an encrypted chat, Message is null when the server can no longer decrypt it and EncryptedMessage holds the ciphertext.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "GiosgChatMessage")]
[OutputType(typeof(ChatMessage))]
public sealed class GetGiosgChatMessageCommand : GiosgChatCmdlet
{
    /// <summary><para type="description">Only messages of these types (type__in).</para></summary>
    [Parameter]
    [ValidateSet("msg", "autosuggest", "join", "leave", "shoppingcart_locked", "action", "call_request", "call_ended", "interaction_submit", "system")]
    public string[]? Type { get; set; }

    /// <summary><para type="description">No messages of these types (type__not_in).</para></summary>
    [Parameter]
    [ValidateSet("msg", "autosuggest", "join", "leave", "shoppingcart_locked", "action", "call_request", "call_ended", "interaction_submit", "system")]
    public string[]? ExcludeType { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var request = new MessageListRequest { Types = Type, ExcludeTypes = ExcludeType };
        WriteForEachChat((client, chat) => client.Messages.List(chat, request));
    }
}
