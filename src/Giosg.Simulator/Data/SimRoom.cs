using Giosg.Simulator.Data;

namespace Giosg.Simulator;

/// <summary>A room of the simulated organization, or a partner's room shared with it.</summary>
public sealed class SimRoom
{
    internal SimRoom(int index, Guid id, string name, Guid organizationId, bool isShared, string legacyId, AllowedTag[] allowedTags)
    {
        AllowedTags = allowedTags;
        Index = index;
        Id = id;
        Name = name;
        OrganizationId = organizationId;
        IsShared = isShared;
        LegacyId = legacyId;
    }

    /// <summary>The room's id.</summary>
    public Guid Id { get; }

    /// <summary>The room's display name (<c>room_name</c>).</summary>
    public string Name { get; }

    /// <summary>The organization that owns the room (<c>room_organization_id</c>).</summary>
    public Guid OrganizationId { get; }

    /// <summary>
    /// Whether a partner organization owns the room and shares it with the simulated organization:
    /// its chats are routed to the organization but not owned by it.
    /// </summary>
    public bool IsShared { get; }

    /// <summary>Position in <see cref="SimulatorData.Rooms"/>, for per-room lookup tables.</summary>
    internal int Index { get; }

    /// <summary>The deprecated <c>legacy_room_id</c>.</summary>
    internal string LegacyId { get; }

    /// <summary>The tags the room allows (<c>allowed_tags</c>); a chat's seeded tags are taken from these.</summary>
    internal AllowedTag[] AllowedTags { get; }
}
