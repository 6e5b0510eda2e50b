using System.Management.Automation;
using Giosg.Client.Chats;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Chats;

/// <summary>
/// <para type="synopsis">Gets Giosg chats, streaming every page as it arrives.</para>
/// <para type="description">Lists the organization's owned chats (or routed, involved, a user's, a room's, a visitor's or pending chats) with the API's filters, writing each chat as soon as its page arrives; the next page is fetched while the pipeline works on the current one. With -Id, retrieves single chats. Filters an endpoint does not document (and -ChatType, which none does) are applied as the pages arrive.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "GiosgChat", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Chat))]
public sealed class GetGiosgChatCommand : GiosgCmdlet
{
    private int _scope;

    private const string ListSet = "List";
    private const string IdSet = "Id";

    /// <summary><para type="description">The chats to retrieve (again): chat ids (GUIDs or their text), chats, or any object with a ChatId or Id property, such as tags and messages of this module, rows of Import-Csv and objects of ConvertFrom-Json. An object's ChatId is used when it has one, otherwise its Id; an input that names no chat is an error about that input, and nothing is sent for it.</para></summary>
    [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [Alias("ChatId", "InputObject")]
    public object[] Id { get; set; } = [];

    /// <summary><para type="description">The endpoint family: Owned (default: chats in the organization's rooms), Routed (also rooms shared to it), Involved (chats with a member from it), User (chats the user is a member of), UserRouted (chats of the rooms the user is routed to, users/&lt;user&gt;/routed_chats; their messages and memberships are read below the user, their tags through the organization's routed chats) or OrganizationUser (the older chat API's orgs/&lt;org&gt;/users/&lt;user&gt;/chats, 004: all of the user's chats, with its participation counts; it documents no filters, so every filter is applied as pages arrive, and -Descending is refused; the chats it yields are the user's, Scope User). With -Id it applies to every input when given; otherwise inputs with a Scope bring their own.</para></summary>
    [Parameter]
    public ChatScope Scope
    {
        // Stored as an int: a field of Giosg.Client's enum type would make loading this type
        // (which PowerShell does before the module initializer hooks dependency resolution)
        // load Giosg.Client from the default context.
        get => (ChatScope)_scope;
        set => _scope = (int)value;
    }

    /// <summary><para type="description">CreatedAt (default) or UpdatedAt: the order of the listing, with -Descending for newest first. UpdatedAt is documented for a user's chats only (-Scope User, 001); elsewhere it is refused before any request.</para></summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("CreatedAt", "UpdatedAt")]
    public string SortBy { get; set; } = "CreatedAt";

    /// <summary><para type="description">With -Scope User: $true for only the chats the user takes part in now, $false for only the others (is_participating, 001). Refused for other scopes, before any request.</para></summary>
    [Parameter(ParameterSetName = ListSet)]
    public bool? Participating { get; set; }

    /// <summary><para type="description">Lists one room's chats.</para></summary>
    [Parameter(ParameterSetName = ListSet)]
    public Guid? RoomId { get; set; }

    /// <summary><para type="description">With -RoomId: lists that visitor's chats in the room.</para></summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? VisitorId { get; set; }

    /// <summary><para type="description">Lists pending chats: the room's with -RoomId, otherwise the user's.</para></summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Pending { get; set; }

    /// <summary><para type="description">Lists the chats the user is present in now (004's current chats, orgs/&lt;org&gt;/users/&lt;user&gt;/current_chats): where Remove-GiosgChatPresence clears an operator stuck "present". Later calls reach these chats through the routed family, as pending chats. Cannot be combined with -Pending, -RoomId or -Scope.</para></summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Current { get; set; }

    /// <summary><para type="description">The user for -Scope User, -Scope UserRouted, -Pending and -Current; defaults to Connect-Giosg -UserId. With -Id, the user of -Scope UserRouted chats (or of inputs without a UserId).</para></summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = IdSet)]
    public Guid? UserId { get; set; }

    /// <summary><para type="description">Open or Ended chats only.</para></summary>
    [Parameter(ParameterSetName = ListSet)]
    public ChatStatus? Status { get; set; }

    /// <summary><para type="description">Only chats waiting for a user's answer; -Waiting:$false only chats that are not. Absent: both.</para></summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Waiting { get; set; }

    /// <summary><para type="description">Only chats with messages; -HasMessages:$false only chats without. Absent: both.</para></summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter HasMessages { get; set; }

    /// <summary><para type="description">Only chats with messages from users; -HasUserMessages:$false only chats without. Absent: both.</para></summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter HasUserMessages { get; set; }

    /// <summary><para type="description">Only chats with messages from visitors; -HasVisitorMessages:$false only chats without. Absent: both.</para></summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter HasVisitorMessages { get; set; }

    /// <summary><para type="description">Only chats created after this moment (a local time is converted to UTC).</para></summary>
    [Parameter(ParameterSetName = ListSet)]
    public DateTimeOffset? CreatedAfter { get; set; }

    /// <summary><para type="description">Only chats created before this moment.</para></summary>
    [Parameter(ParameterSetName = ListSet)]
    public DateTimeOffset? CreatedBefore { get; set; }

    /// <summary><para type="description">Newest chats first (ordering=-created_at).</para></summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Descending { get; set; }

    /// <summary><para type="description">Only chats of these types. The API has no such filter; it is applied as pages arrive.</para></summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet(ChatTypes.Visitor, ChatTypes.External, ChatTypes.Operator, ChatTypes.Group, ChatTypes.Task)]
    public string[]? ChatType { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var client = CreateClient();
        if (ParameterSetName == IdSet)
        {
            ChatScope? scope = MyInvocation.BoundParameters.ContainsKey(nameof(Scope)) ? Scope : null;
            foreach (var input in Id)
            {
                if (!ChatInputs.TryResolve(input, scope, UserId, out var target, out var error))
                {
                    Output.WriteError(error);
                    continue;
                }

                var chat = target.Reference;
                Run(chat.ChatId, () => PerChat.Try(Output, chat.ChatId, () => Output.WriteObject(client.Chats.GetAsync(chat.ChatId, chat.Scope, chat.UserId, StopToken).GetAwaiter().GetResult())));
            }

            return;
        }

        var request = new ChatListRequest
        {
            Scope = MyInvocation.BoundParameters.ContainsKey(nameof(Scope)) ? Scope : null,
            RoomId = RoomId,
            VisitorId = VisitorId,
            Pending = Pending,
            Current = Current,
            UserId = UserId,
            IsEnded = Status is null ? null : Status == ChatStatus.Ended,
            IsWaiting = ThreeState(nameof(Waiting), Waiting),
            HasMessages = ThreeState(nameof(HasMessages), HasMessages),
            HasUserMessages = ThreeState(nameof(HasUserMessages), HasUserMessages),
            HasVisitorMessages = ThreeState(nameof(HasVisitorMessages), HasVisitorMessages),
            CreatedAfter = CreatedAfter,
            CreatedBefore = CreatedBefore,
            Descending = Descending,
            OrderByUpdatedAt = SortBy == "UpdatedAt",
            IsParticipating = Participating,
            ChatTypes = ChatType,
        };

        Run(request, () =>
        {
            var listing = client.Chats.List(request);
            WritePaged(listing, "Get-GiosgChat: reading chats");
        });
    }
}
