using Giosg.Simulator.Data;

namespace Giosg.Simulator.Presences;

/// <summary>
/// Which operators are present in which chats (004's chat operator presences): the seeded presences until a
/// chat's presences are changed, then that chat's own list. Only changed chats are stored.
/// </summary>
internal sealed class PresenceBook
{
    private readonly Dictionary<Guid, List<(Guid User, long Ticks)>> _changed = [];

    /// <summary>The chat's present operators in the order they joined.</summary>
    public IReadOnlyList<(Guid User, long Ticks)> Of(SimChat chat)
    {
        lock (_changed)
        {
            return _changed.TryGetValue(chat.Id, out var list) ? [.. list] : Seeded(chat);
        }
    }

    /// <summary>Adds the user; false when the user was present already.</summary>
    public bool Add(SimChat chat, Guid user, long ticks) => Change(chat, list =>
    {
        if (list.Exists(entry => entry.User == user))
        {
            return false;
        }

        list.Add((user, ticks));
        return true;
    });

    /// <summary>Removes the user; false when the user was not present.</summary>
    public bool Remove(SimChat chat, Guid user) => Change(chat, list => list.RemoveAll(entry => entry.User == user) > 0);

    private bool Change(SimChat chat, Func<List<(Guid User, long Ticks)>, bool> change)
    {
        lock (_changed)
        {
            if (!_changed.TryGetValue(chat.Id, out var list))
            {
                _changed[chat.Id] = list = [.. Seeded(chat)];
            }

            return change(list);
        }
    }

    private static List<(Guid User, long Ticks)> Seeded(SimChat chat)
    {
        var presence = chat.Lifecycle.Presence;
        var present = new List<(Guid User, long Ticks)>(2);
        if (chat.Facts.FirstUser is { } first && presence.HasFlag(Presence.FirstUserPresent))
        {
            present.Add((first.Id, chat.Facts.CreatedTicks));
        }

        if (chat.Facts.SecondUser is { } second && presence.HasFlag(Presence.SecondUserPresent))
        {
            present.Add((second.Id, chat.Facts.CreatedTicks + TimeSpan.TicksPerSecond));
        }

        return present;
    }
}
