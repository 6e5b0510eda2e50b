using Giosg.Simulator.Conversations;

namespace Giosg.Simulator;

/// <summary>A message a client sent (POST …/messages), as the simulator stored it.</summary>
/// <param name="ChatId">The chat.</param>
/// <param name="Id">The new message's id.</param>
/// <param name="UserId">The sender.</param>
/// <param name="Text">The <c>message</c> text.</param>
/// <param name="AttachmentTemplate">The <c>attachment_template</c>, or null.</param>
/// <param name="AttachmentsJson">The <c>attachments</c> list as sent (raw JSON), or null.</param>
public sealed record SentMessage(Guid ChatId, Guid Id, Guid UserId, string Text, string? AttachmentTemplate, string? AttachmentsJson);

/// <summary>A membership a client created or changed: a join (POST …/memberships) or an update (PUT chat_memberships).</summary>
/// <param name="ChatId">The chat.</param>
/// <param name="UserId">The member.</param>
/// <param name="IsParticipating">Participating after the change.</param>
/// <param name="Created">True for a join that created the membership.</param>
public sealed record MembershipChange(Guid ChatId, Guid UserId, bool IsParticipating, bool Created);

/// <summary>
/// What clients did to conversations: messages sent, memberships created and changed, and per chat the
/// users who joined (who may then post) with the join/leave events their coming and going added.
/// </summary>
public sealed class SimulatorActivity
{
    private readonly Lock _lock = new();
    private readonly List<SentMessage> _sent = [];
    private readonly List<MembershipChange> _memberships = [];
    private readonly Dictionary<Guid, List<SimMessage>> _events = [];
    private readonly Dictionary<(Guid Chat, Guid User), (long JoinedTicks, bool Participating)> _joined = [];

    /// <summary>Every message sent, in order.</summary>
    public IReadOnlyList<SentMessage> SentMessages
    {
        get
        {
            lock (_lock)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>Every membership created or changed, in order.</summary>
    public IReadOnlyList<MembershipChange> MembershipChanges
    {
        get
        {
            lock (_lock)
            {
                return [.. _memberships];
            }
        }
    }

    /// <summary>Whether <paramref name="user"/> joined <paramref name="chatId"/> through the API.</summary>
    internal bool HasJoined(Guid chatId, SimUser user)
    {
        lock (_lock)
        {
            return _joined.ContainsKey((chatId, user.Id));
        }
    }

    /// <summary>The joined user's participation, or null when the user did not join through the API.</summary>
    internal (long JoinedTicks, bool Participating)? Joined(Guid chatId, Guid userId)
    {
        lock (_lock)
        {
            return _joined.TryGetValue((chatId, userId), out var member) ? member : null;
        }
    }

    /// <summary>The chats <paramref name="userId"/> joined through the API.</summary>
    internal IReadOnlyList<Guid> ChatsJoinedBy(Guid userId)
    {
        lock (_lock)
        {
            return [.. _joined.Keys.Where(key => key.User == userId).Select(key => key.Chat)];
        }
    }

    /// <summary>Messages and events clients added to the chat, in order.</summary>
    internal IReadOnlyList<SimMessage> Added(Guid chatId)
    {
        lock (_lock)
        {
            return _events.TryGetValue(chatId, out var list) ? [.. list] : [];
        }
    }

    internal void AddMessage(SentMessage sent, long nowTicks, Func<long, SimMessage> makeMessage)
    {
        lock (_lock)
        {
            _sent.Add(sent);
            Add(sent.ChatId, nowTicks, makeMessage);
        }
    }

    /// <summary>Records a join or a change of participation, with the join or leave event it causes; </summary>
    internal void SetParticipation(Guid chatId, SimUser user, bool participating, bool newMember, long nowTicks, bool wasParticipating, Func<MessageType, long, SimMessage> makeEvent)
    {
        lock (_lock)
        {
            var joinedTicks = _joined.TryGetValue((chatId, user.Id), out var member) ? member.JoinedTicks : nowTicks;
            _joined[(chatId, user.Id)] = (joinedTicks, participating);
            _memberships.Add(new MembershipChange(chatId, user.Id, participating, newMember));
            if (participating != wasParticipating)
            {
                Add(chatId, nowTicks, ticks => makeEvent(participating ? MessageType.Join : MessageType.Leave, ticks));
            }
        }
    }

    /// <summary>Adds an event a millisecond after the chat's last added one at the latest, so a standing clock keeps their order.</summary>
    private void Add(Guid chatId, long nowTicks, Func<long, SimMessage> make)
    {
        var list = _events.TryGetValue(chatId, out var found) ? found : _events[chatId] = [];
        var ticks = list.Count == 0 ? nowTicks : Math.Max(nowTicks, list[^1].CreatedTicks + TimeSpan.TicksPerMillisecond);
        list.Add(make(ticks));
    }
}
