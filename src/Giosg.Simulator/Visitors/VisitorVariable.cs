using Giosg.Simulator.Data;

namespace Giosg.Simulator.Visitors;

/// <summary>A visitor variable of a chat: a key, a string value, and when it was set; <see cref="VisitorVariableJson"/> adds the chat's ids and encryption.</summary>
internal sealed record VisitorVariable(string Key, string Value, long CreatedTicks, long UpdatedTicks)
{
    /// <summary>
    /// The chat's visitor's variables, set one second apart from the chat's start (never past its seeded
    /// end). The values are the visitor's, the same in every chat of theirs.
    /// </summary>
    public static IEnumerable<VisitorVariable> Of(SimChat chat)
    {
        var profile = VisitorProfile.For(chat.Facts.Visitor);
        var seeded = chat.SeededLifecycle;
        var end = seeded.IsEnded ? seeded.EndedTicks : seeded.UpdatedTicks;
        var index = 0;
        foreach (var (key, value) in profile.Variables)
        {
            var set = Math.Min(chat.CreatedTicks + (++index * TimeSpan.TicksPerSecond), end);
            yield return new VisitorVariable(key, value, set, set);
        }
    }
}
