namespace Giosg.Simulator;

/// <summary>A user ("operator") of the simulated organization or of the partner organization.</summary>
public sealed class SimUser
{
    internal SimUser(int index, Guid id, string name, Guid organizationId)
    {
        Index = index;
        Id = id;
        Name = name;
        OrganizationId = organizationId;
    }

    /// <summary>The user's id.</summary>
    public Guid Id { get; }

    /// <summary>The user's full name.</summary>
    public string Name { get; }

    /// <summary>The organization the user belongs to.</summary>
    public Guid OrganizationId { get; }

    /// <summary>Position in <see cref="SimulatorData.Users"/>, for per-user lookup tables.</summary>
    internal int Index { get; }
}
