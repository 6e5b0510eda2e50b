namespace Giosg.Simulator.Data;

/// <summary>The organization around the chats: its rooms and users, and the partner that shares rooms with it.</summary>
internal sealed record SeededOrganization(
    Guid Id,
    SimUser TokenUser,
    SimRoom[] Rooms,
    SimUser[] Users,
    SimUser[] OwnUsers,
    SimUser[] PartnerUsers)
{
    /// <summary>Seeds the organization from its own random stream, so the chat count never changes its ids.</summary>
    /// <remarks>Ids are drawn even when the options replace them, so replacing one leaves the others as they were.</remarks>
    public static SeededOrganization Create(int seed, Guid? organizationId, Guid? tokenUserId)
    {
        var random = new SeedRandom(seed);
        var generatedId = random.NextGuid();
        var id = organizationId ?? generatedId;
        var partnerId = random.NextGuid();

        var rooms = new List<SimRoom>();
        foreach (var (name, _) in SeedCatalog.OwnedRooms)
        {
            rooms.Add(NewRoom(random, rooms.Count, name, id, isShared: false));
        }

        foreach (var (name, _) in SeedCatalog.SharedRooms)
        {
            rooms.Add(NewRoom(random, rooms.Count, name, partnerId, isShared: true));
        }

        var users = new List<SimUser>();
        foreach (var name in SeedCatalog.OrganizationUsers)
        {
            // The first user owns the token.
            var generatedUserId = random.NextGuid();
            users.Add(new SimUser(users.Count, users.Count == 0 ? tokenUserId ?? generatedUserId : generatedUserId, name, id));
        }

        var ownUsers = users.ToArray();
        foreach (var name in SeedCatalog.PartnerUsers)
        {
            users.Add(new SimUser(users.Count, random.NextGuid(), name, partnerId));
        }

        return new SeededOrganization(id, ownUsers[0], [.. rooms], [.. users], ownUsers, users.Skip(ownUsers.Length).ToArray());
    }

    private static SimRoom NewRoom(SeedRandom random, int index, string name, Guid organizationId, bool isShared)
    {
        var id = random.NextGuid();
        return new SimRoom(index, id, name, organizationId, isShared, DerivedText.LegacyRoomId(id));
    }
}
