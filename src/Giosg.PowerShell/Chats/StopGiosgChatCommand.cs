using System.Management.Automation;
using Giosg.Client.Chats;

namespace Giosg.PowerShell.Chats;

/// <summary>
/// <para type="synopsis">Ends Giosg chats.</para>
/// <para type="description">Ends each chat (PATCH is_ended=true). Ending is permanent: an ended chat accepts no new messages or members and cannot be reopened, so the cmdlet asks for confirmation unless -Force. A chat that has already ended is reported, not an error; piped from Get-GiosgChat, it costs no request. Chats listed as routed or involved are ended through the owned endpoints when they belong to the connection's organization.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Stop, "GiosgChat", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(Chat))]
public sealed class StopGiosgChatCommand : GiosgChatStateCmdlet
{
    private protected override void Change(ChatChanges changes, ChatTarget target) => changes.End(target);
}
