using Giosg.Simulator.Conversations;
using Giosg.Simulator.Data;

namespace Giosg.Simulator.Live;

/// <summary>A chat's members as clients left them: the seeded members, with the participation clients set, and the users who joined.</summary>
internal static class LiveMembers
{
    /// <summary>Whether the user participates now: what a client set last, else the seeded presence; nobody participates in an ended chat.</summary>
    public static bool IsParticipating(SimChat chat, SimUser user, SimulatorActivity activity)
    {
        var state = chat.Lifecycle;
        if (state.IsEnded)
        {
            return false;
        }

        if (activity.Joined(chat.Id, user.Id) is { } joined)
        {
            return joined.Participating;
        }

        return (ReferenceEquals(chat.Facts.FirstUser, user) && state.Presence.HasFlag(Presence.FirstUserParticipating))
            || (ReferenceEquals(chat.Facts.SecondUser, user) && state.Presence.HasFlag(Presence.SecondUserParticipating));
    }

    /// <summary>Every member of the conversation, the users who joined through the API after the seeded ones.</summary>
    public static IEnumerable<ChatMember> All(Conversation conversation, SimulatorData data)
    {
        var members = conversation.Members.Select(member => member.User is { } user ? For(conversation, user, data.Activity)! : member).ToList();
        var joined = data.Activity.MembershipChanges.Where(change => change.Created && change.ChatId == conversation.Chat.Id).Select(change => change.UserId);
        foreach (var user in data.Users.Where(user => joined.Contains(user.Id) && !members.Exists(member => ReferenceEquals(member.User, user))))
        {
            members.Add(For(conversation, user, data.Activity)!);
        }

        return members;
    }

    /// <summary>The user's membership of the conversation's chat, or null when the user is no member.</summary>
    public static ChatMember? For(Conversation conversation, SimUser? user, SimulatorActivity activity)
    {
        if (user is null)
        {
            return null;
        }

        var seeded = conversation.Members.FirstOrDefault(member => ReferenceEquals(member.User, user));
        var joined = activity.Joined(conversation.Chat.Id, user.Id);
        if (seeded is null && joined is null)
        {
            return null;
        }

        return new ChatMember
        {
            Speaker = seeded?.Speaker ?? Speaker.FirstUser,
            User = user,
            JoinedTicks = seeded?.JoinedTicks ?? joined!.Value.JoinedTicks,
            LastSeenTicks = seeded?.LastSeenTicks ?? joined!.Value.JoinedTicks,
            LeftTicks = seeded?.LeftTicks ?? 0,
            MessageCount = seeded?.MessageCount ?? 0,
            ComposingWhilePresent = seeded?.ComposingWhilePresent ?? "idle",
            Participating = joined?.Participating,
        };
    }
}
