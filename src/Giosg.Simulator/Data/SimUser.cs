using System.Globalization;
using Giosg.Simulator.Data;

namespace Giosg.Simulator;

/// <summary>A user ("operator") of the simulated organization or of the partner organization.</summary>
public sealed class SimUser
{
    private const ulong AvatarSalt = 0xA7A7A5;
    private const ulong LegacySalt = 0x1E6AC7;

    internal SimUser(int index, Guid id, string name, Guid organizationId)
    {
        Index = index;
        Id = id;
        Name = name;
        OrganizationId = organizationId;

        // Derived from the position, not drawn: adding these kept every seeded id as it was.
        PublicName = index % 2 == 1 ? "Customer Service" : name;
        AvatarId = index % 3 == 2 ? null : DerivedText.Id(id, AvatarSalt);
        LegacyId = (100_000 + (DerivedText.Number(id, LegacySalt) % 900_000)).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The user's id.</summary>
    public Guid Id { get; }

    /// <summary>The user's full name.</summary>
    public string Name { get; }

    /// <summary>The organization the user belongs to.</summary>
    public Guid OrganizationId { get; }

    /// <summary>Position in <see cref="SimulatorData.Users"/>, for per-user lookup tables.</summary>
    internal int Index { get; }

    /// <summary>The name visitors see: an alias for some users, the real name for others.</summary>
    internal string PublicName { get; }

    /// <summary>The avatar image's id, or <see langword="null"/> for a user without one.</summary>
    internal Guid? AvatarId { get; }

    internal string? AvatarUrl => AvatarId is { } id ? $"https://www.example.com/avatars/{id}.png" : null;

    /// <summary>The deprecated <c>legacy_member_id</c>.</summary>
    internal string LegacyId { get; }
}
