namespace Giosg.Simulator.Data;

/// <summary>What adding a tag to a chat came to.</summary>
internal enum TagAddition
{
    /// <summary>The chat had no such tag; it has now.</summary>
    Added,

    /// <summary>The chat already had the tag; nothing changed.</summary>
    Existing,

    /// <summary>The chat has ended and takes no new tags (only under <see cref="ApiReadings.EndedChatRefusesNewTags"/>).</summary>
    ChatEnded,
}

/// <summary>
/// Adds and removes a chat's tags. Each change is one atomic swap of the chat's state, retried when
/// another request changed the chat first, so concurrent taggers and an ending never lose an update.
/// Names compare exactly (ordinal), as the database's unique name per chat does.
/// </summary>
internal static class ChatTagging
{
    /// <param name="chat">The chat.</param>
    /// <param name="name">The tag's name.</param>
    /// <param name="clock">The clock stamping a new tag.</param>
    /// <param name="endedRefusesNew">Whether an ended chat refuses a new tag (<see cref="ApiReadings.EndedChatRefusesNewTags"/>).</param>
    public static (TagAddition Outcome, ChatTag Tag) Add(SimChat chat, string name, SimulatorClock clock, bool endedRefusesNew)
    {
        while (true)
        {
            var changed = chat.ChangedState;
            var lifecycle = changed?.Lifecycle ?? chat.SeededLifecycle;
            var tags = changed?.Tags ?? chat.SeededTags();
            var index = IndexOf(tags, name);
            if (index >= 0)
            {
                return (TagAddition.Existing, tags[index]);
            }

            if (endedRefusesNew && lifecycle.IsEnded)
            {
                return (TagAddition.ChatEnded, default);
            }

            var added = new ChatTag(name, clock.UtcTicks);
            if (chat.TryReplaceState(changed, new ChatState(lifecycle, [.. tags, added])))
            {
                return (TagAddition.Added, added);
            }
        }
    }

    /// <summary>Removes the tag; ended chats allow it (the documents do not forbid it).</summary>
    /// <returns>Whether the chat had the tag.</returns>
    public static bool Remove(SimChat chat, string name)
    {
        while (true)
        {
            var changed = chat.ChangedState;
            var tags = changed?.Tags ?? chat.SeededTags();
            var index = IndexOf(tags, name);
            if (index < 0)
            {
                return false;
            }

            var lifecycle = changed?.Lifecycle ?? chat.SeededLifecycle;
            if (chat.TryReplaceState(changed, new ChatState(lifecycle, [.. tags[..index], .. tags[(index + 1)..]])))
            {
                return true;
            }
        }
    }

    private static int IndexOf(ChatTag[] tags, string name)
    {
        for (var i = 0; i < tags.Length; i++)
        {
            if (string.Equals(tags[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
