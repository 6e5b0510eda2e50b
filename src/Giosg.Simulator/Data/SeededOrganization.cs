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
    /// <param name="seed">The data's seed.</param>
    /// <param name="organizationId">The organization's id; null derives one from the seed.</param>
    /// <param name="tokenUserId">The token user's id; null derives one from the seed.</param>
    /// <param name="nowTicks">The simulator's "now": rooms began to allow their tags half a year before it.</param>
    public static SeededOrganization Create(int seed, Guid? organizationId, Guid? tokenUserId, long nowTicks)
    {
        var random = new SeedRandom(seed);
        var generatedId = random.NextGuid();
        var id = organizationId ?? generatedId;
        var partnerId = random.NextGuid();

        var rooms = new List<SimRoom>();
        foreach (var (name, _) in SeedCatalog.OwnedRooms)
        {
            rooms.Add(NewRoom(random, rooms.Count, name, id, isShared: false, nowTicks));
        }

        foreach (var (name, _) in SeedCatalog.SharedRooms)
        {
            rooms.Add(NewRoom(random, rooms.Count, name, partnerId, isShared: true, nowTicks));
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

    private static SimRoom NewRoom(SeedRandom random, int index, string name, Guid organizationId, bool isShared, long nowTicks)
    {
        var id = random.NextGuid();
        return new SimRoom(index, id, name, organizationId, isShared, DerivedText.LegacyRoomId(id), AllowedTags(index, nowTicks));
    }

    /// <summary>
    /// Three in four of the catalog's tags, a different quarter left out per room, so every name is
    /// allowed somewhere; derived from the room's position, not drawn, so the random stream is untouched.
    /// </summary>
    private static AllowedTag[] AllowedTags(int roomIndex, long nowTicks)
    {
        var since = nowTicks - TimeSpan.FromDays(180).Ticks + (roomIndex * TimeSpan.TicksPerDay);
        return SeedCatalog.Tags
            .Select((name, index) => (name, index))
            .Where(tag => (tag.index + roomIndex) % 4 != 3)
            .Select(tag => new AllowedTag(tag.name, since + (tag.index * TimeSpan.TicksPerHour)))
            .ToArray();
    }
}
