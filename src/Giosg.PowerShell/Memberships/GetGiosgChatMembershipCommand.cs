using System.Management.Automation;
using Giosg.Client.Chats;
using Giosg.Client.Memberships;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Memberships;

/// <summary>
/// <para type="synopsis">Gets who has attended Giosg chats, or a user's memberships over all their chats.</para>
/// <para type="description">With -ChatId, streams each chat's memberships: the visitor and every user who attended, with presence, participation, composing status and message counts. The visitor's MemberId is what Get-GiosgChatVisitorVariable takes as -VisitorId. With -UserId alone (or -Mine for the connection's user), streams the user's own memberships, one per chat they are a member of (GET users/&lt;user&gt;/chat_memberships, 001); -Participating $true or $false keeps only the chats the user takes part in now, or only those they do not (is_participating). Pipe them to Set-GiosgChatMembership -Participating:$false to leave chats.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "GiosgChatMembership", DefaultParameterSetName = ChatSet)]
[OutputType(typeof(ChatMembership))]
public sealed class GetGiosgChatMembershipCommand : GiosgCmdlet
{
    private const string ChatSet = "Chat";
    private const string UserSet = "User";
    private const string MineSet = "Mine";

    private int _scope;

    /// <summary><para type="description">The chats: chat ids (GUIDs or their text), chats from Get-GiosgChat, or any object with a ChatId or Id property, such as tags, messages and memberships of this module, rows of Import-Csv and objects of ConvertFrom-Json. An object's ChatId is used when it has one (even an empty one), otherwise its Id. An input that names no chat is an error about that input, and nothing is sent for it.</para></summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = ChatSet)]
    [Alias("Id", "InputObject")]
    public object[] ChatId { get; set; } = [];

    /// <summary><para type="description">The endpoint family the chats are reached through: Owned (default), Routed, Involved or User. When given, it applies to every input; otherwise inputs with a Scope bring their own.</para></summary>
    [Parameter(ParameterSetName = ChatSet)]
    public ChatScope Scope
    {
        // Stored as an int: see GiosgChatCmdlet.Scope.
        get => (ChatScope)_scope;
        set => _scope = (int)value;
    }

    /// <summary><para type="description">With -ChatId: the user of -Scope User chats (defaults to the input's UserId, then to Connect-Giosg -UserId). Without -ChatId: the user whose memberships to list.</para></summary>
    [Parameter(ParameterSetName = ChatSet)]
    [Parameter(Mandatory = true, ParameterSetName = UserSet)]
    public Guid? UserId { get; set; }

    /// <summary><para type="description">Lists the memberships of the connection's user (Connect-Giosg -UserId).</para></summary>
    [Parameter(Mandatory = true, ParameterSetName = MineSet)]
    public SwitchParameter Mine { get; set; }

    /// <summary><para type="description">With -UserId or -Mine: $true for only the chats the user takes part in now, $false for only the others (is_participating).</para></summary>
    [Parameter(ParameterSetName = UserSet)]
    [Parameter(ParameterSetName = MineSet)]
    public bool? Participating { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var client = CreateClient();
        if (ParameterSetName != ChatSet)
        {
            Run(UserId, () => ListingWriter.Write(client.Memberships.ListForUser(UserId, Participating), Output, 0, ulong.MaxValue, StopToken));
            return;
        }

        ChatScope? scope = MyInvocation.BoundParameters.ContainsKey(nameof(Scope)) ? Scope : null;
        foreach (var input in ChatId)
        {
            if (ChatInputs.TryResolve(input, scope, UserId, out var target, out var error))
            {
                Run(target.Reference.ChatId, () => ListingWriter.Write(client.Memberships.List(target.Reference), Output, 0, ulong.MaxValue, StopToken));
            }
            else
            {
                Output.WriteError(error);
            }
        }
    }
}
