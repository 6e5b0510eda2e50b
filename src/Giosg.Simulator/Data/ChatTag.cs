namespace Giosg.Simulator.Data;

/// <summary>A tag on a chat: its name and when the chat was tagged with it.</summary>
internal readonly record struct ChatTag(string Name, long CreatedTicks)
{
    /// <summary>Breaks ties between tags added at the same moment in a cursor ordering.</summary>
    public Guid KeyId => NameHash.Id(Name);
}
