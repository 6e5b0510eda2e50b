using System.Management.Automation;
using Giosg.Client;
using Giosg.Client.Chats;
using Giosg.PowerShell.Chats;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Commands;

/// <summary>
/// The base of cmdlets that work on chats. Every input arrives whole in -ChatId and is read by
/// <see cref="ChatInputs"/>: live chats keep what they know, other objects give only their ids,
/// and an input that names no chat is an error about that input, never a request.
/// </summary>
public abstract class GiosgChatCmdlet : GiosgCmdlet
{
    private int _scope;

    /// <summary><para type="description">The chats: chat ids (GUIDs or their text), chats from Get-GiosgChat, or any object with a ChatId or Id property, such as tags, messages and memberships of this module, rows of Import-Csv and objects of ConvertFrom-Json. An object's ChatId is used when it has one (even an empty one), otherwise its Id. Only chats from Get-GiosgChat keep their state (an ended chat is not sent again); an input that names no chat is an error about that input, and nothing is sent for it.</para></summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [Alias("Id", "InputObject")]
    public object[] ChatId { get; set; } = [];

    /// <summary><para type="description">The endpoint family the chats are reached through: Owned (default), Routed, Involved, User or UserRouted. When given, it applies to every input; otherwise inputs with a Scope (chats, tags and messages of this module, their CSV rows) bring their own.</para></summary>
    [Parameter]
    public ChatScope Scope
    {
        // Stored as an int: a field of Giosg.Client's enum type would make loading this type
        // (which PowerShell does before the module initializer hooks dependency resolution)
        // load Giosg.Client from the default context.
        get => (ChatScope)_scope;
        set => _scope = (int)value;
    }

    /// <summary><para type="description">The user the command acts for: the user of -Scope User and -Scope UserRouted chats (and below whose routed chats a routed chat's messages and memberships are read when the organization's path answers 403), the operator Add-GiosgChatPresence and Remove-GiosgChatPresence join or remove, the user whose chats Get-GiosgChatParticipation reads through, the inviter of New-GiosgChatInvitation. Defaults to the input's UserId, then to Connect-Giosg -UserId.</para></summary>
    [Parameter]
    public Guid? UserId { get; set; }

    /// <summary>Streams a per-chat listing for every chat of this pipeline record; a failing chat is an error about that chat.</summary>
    private protected void WriteForEachChat<T>(Func<GiosgClient, ChatReference, IAsyncEnumerable<T>> listing)
        where T : notnull
    {
        var client = CreateClient();
        foreach (var chat in Targets())
        {
            Run(chat.Reference.ChatId, () => ListingWriter.Write(listing(client, chat.Reference), Output, 0, ulong.MaxValue, StopToken));
        }
    }

    /// <summary>The chats of this pipeline record; each input that names none is reported and skipped.</summary>
    private protected IEnumerable<ChatTarget> Targets()
    {
        ChatScope? scope = MyInvocation.BoundParameters.ContainsKey(nameof(Scope)) ? Scope : null;
        foreach (var input in ChatId)
        {
            if (ChatInputs.TryResolve(input, scope, UserId, out var target, out var error))
            {
                yield return target;
            }
            else
            {
                Output.WriteError(error);
            }
        }
    }
}
