using Giosg.Client;
using Giosg.Client.Chats;
using Giosg.Client.Presences;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Presences;

/// <summary>Joining and removing operators, one chat at a time, each behind ShouldProcess.</summary>
internal sealed class PresenceChanges(GiosgClient client, ICommandOutput output, bool passThru, CancellationToken cancellationToken)
{
    /// <summary>Joins the chat's user (or the connection's) to the chat.</summary>
    public void Add(ChatReference chat, bool exclusive) =>
        Apply(chat, exclusive ? "Join operator {0} exclusively" : "Join operator {0}", user => client.Presences.AddAsync(chat.ChatId, user, exclusive, cancellationToken));

    /// <summary>Removes the chat's user (or the connection's) from the chat's present operators.</summary>
    public void Remove(ChatReference chat) =>
        Apply(chat, "Remove operator {0}'s presence", user => client.Presences.RemoveAsync(chat.ChatId, user, cancellationToken));

    private void Apply(ChatReference chat, string action, Func<Guid?, Task<PresenceChange>> send)
    {
        var user = chat.UserId ?? client.Connection.UserId;
        if (!output.ShouldProcess($"Chat {chat.ChatId}", string.Format(System.Globalization.CultureInfo.InvariantCulture, action, user?.ToString() ?? "(none given)")))
        {
            return;
        }

        PerChat.Try(output, chat.ChatId, () =>
        {
            var result = send(user).GetAwaiter().GetResult();
            output.WriteVerbose(result.Outcome switch
            {
                PresenceChangeOutcome.Added => $"Joined operator {result.UserId} to chat {chat.ChatId}.",
                PresenceChangeOutcome.AlreadyPresent => $"Operator {result.UserId} was present in chat {chat.ChatId} already.",
                _ => $"Operator {result.UserId} is no longer present in chat {chat.ChatId}.",
            });
            if (passThru)
            {
                output.WriteObject(result);
            }
        });
    }
}
