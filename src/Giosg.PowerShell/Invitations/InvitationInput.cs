using System.Management.Automation;
using Giosg.Client.Invitations;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Invitations;

/// <summary>
/// Reads what Set-GiosgChatInvitation binds by property name (text, so CSV rows bind too) into ids, or
/// into an error about the input: nothing is sent for an input that names no invitation.
/// </summary>
internal static class InvitationInput
{
    private const string Action = "Pipe invitations from Get-GiosgChatInvitation (or their CSV rows), or pass -Id with the invitation's GUID.";

    public static bool TryRead(string? id, string? chatId, string? direction, string? userId, out (Guid Id, Guid? ChatId, InvitationDirection? Direction, Guid? UserId) input, out CommandError error)
    {
        input = default;
        error = null!;
        if (string.IsNullOrWhiteSpace(id))
        {
            error = new CommandError(new ArgumentException("The input has an empty invitation id, so it names no invitation; nothing was sent."), "GiosgInvitationIdMissing", ErrorCategory.InvalidArgument, id, Action);
            return false;
        }

        if (!Guid.TryParse(id!.Trim(), out var invitation) || invitation == Guid.Empty)
        {
            error = new CommandError(new ArgumentException($"'{id}' is not an invitation id (a GUID)."), "GiosgInvitationIdInvalid", ErrorCategory.InvalidArgument, id, Action);
            return false;
        }

        if (!TryOptionalGuid(chatId, out var chat))
        {
            error = new CommandError(new ArgumentException($"ChatId '{chatId}' is not a chat id (a GUID)."), "GiosgChatIdInvalid", ErrorCategory.InvalidArgument, chatId, "Correct the ChatId column, or pass -ChatId.");
            return false;
        }

        if (!TryOptionalGuid(userId, out var user))
        {
            error = new CommandError(new ArgumentException($"UserId '{userId}' is not a user id (a GUID)."), "GiosgUserIdInvalid", ErrorCategory.InvalidArgument, userId, "Correct the UserId column, leave it empty, or pass -UserId.");
            return false;
        }

        InvitationDirection? read = null;
        if (!string.IsNullOrWhiteSpace(direction))
        {
            // By name only: Enum.TryParse would also take a number that names no direction.
            var name = direction!.Trim();
            read = string.Equals(name, nameof(InvitationDirection.Outgoing), StringComparison.OrdinalIgnoreCase) ? InvitationDirection.Outgoing
                : string.Equals(name, nameof(InvitationDirection.Incoming), StringComparison.OrdinalIgnoreCase) ? InvitationDirection.Incoming
                : null;
            if (read is null)
            {
                error = new CommandError(new ArgumentException($"Direction '{direction}' is not Outgoing or Incoming."), "GiosgInvitationDirectionInvalid", ErrorCategory.InvalidArgument, direction, "Correct the Direction column, or leave it empty.");
                return false;
            }
        }

        input = (invitation, chat, read, user);
        return true;
    }

    private static bool TryOptionalGuid(string? text, out Guid? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (Guid.TryParse(text!.Trim(), out var parsed) && parsed != Guid.Empty)
        {
            value = parsed;
            return true;
        }

        return false;
    }
}
