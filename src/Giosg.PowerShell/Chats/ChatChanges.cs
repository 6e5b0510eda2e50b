using Giosg.Client;
using Giosg.Client.Chats;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Chats;

/// <summary>
/// Ending a chat and taking it out of waiting, one chat at a time: asks -WhatIf/-Confirm, sends
/// the change, reports what happened. A chat known to be ended is not sent again.
/// </summary>
internal sealed class ChatChanges(GiosgClient client, ICommandOutput output, bool passThru, CancellationToken cancellationToken)
{
    /// <summary>Ends the chat (Stop-GiosgChat).</summary>
    public void End(ChatTarget target)
    {
        if (target.Chat is { IsEnded: true } ended)
        {
            // Ending is permanent and ending twice harmless: nothing to send, nothing to fail.
            output.WriteVerbose($"Chat {ended.Id} has already ended (at {ended.EndedAt:u}); nothing to do.");
            WritePassThru(ended);
            return;
        }

        if (!output.ShouldProcess(target.Describe(), "End the chat (permanent: an ended chat cannot be reopened)"))
        {
            return;
        }

        PerChat.Try(output, target.Reference.ChatId, () =>
        {
            // A 400 whose re-read shows the chat ended is "already ended", as the help promises: not an error.
            var ending = client.Chats.EndOrFindEndedAsync(target.Reference, cancellationToken).GetAwaiter().GetResult();
            output.WriteVerbose(ending.AlreadyEnded
                ? $"Chat {ending.Chat.Id} had already ended (at {ending.Chat.EndedAt:u}); the API refused the end."
                : $"Ended chat {ending.Chat.Id} at {ending.Chat.EndedAt:u}.");
            WritePassThru(ending.Chat);
        });
    }

    /// <summary>Marks the chat as not waiting (Set-GiosgChat -Waiting $false).</summary>
    public void StopWaiting(ChatTarget target)
    {
        if (target.Chat is { IsEnded: false, IsWaiting: false } notWaiting)
        {
            output.WriteVerbose($"Chat {notWaiting.Id} is not waiting; nothing to do.");
            WritePassThru(notWaiting);
            return;
        }

        if (!output.ShouldProcess(target.Describe(), "Mark the chat as not waiting"))
        {
            return;
        }

        PerChat.Try(output, target.Reference.ChatId, () =>
        {
            var chat = client.Chats.StopWaitingAsync(target.Reference, cancellationToken).GetAwaiter().GetResult();
            output.WriteVerbose($"Chat {chat.Id} is no longer waiting.");
            WritePassThru(chat);
        });
    }

    private void WritePassThru(Chat chat)
    {
        if (passThru)
        {
            output.WriteObject(chat);
        }
    }
}
