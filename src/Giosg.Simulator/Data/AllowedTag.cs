namespace Giosg.Simulator.Data;

/// <summary>A tag a room allows, with what <c>allowed_tags</c> reports about it.</summary>
/// <param name="Name">The tag's name.</param>
/// <param name="CreatedTicks">UTC ticks of when the room began to allow it.</param>
internal sealed record AllowedTag(string Name, long CreatedTicks)
{
    public string HashedName { get; } = NameHash.Sha1Hex(Name);

    /// <summary>Breaks ties between tags allowed at the same moment in a cursor ordering.</summary>
    public Guid KeyId { get; } = NameHash.Id(Name);
}
