namespace Giosg.Simulator.Paging;

/// <summary>
/// The ordering a cursor belongs to: a chat listing's timestamp, or one of a chat's sub-resources (each
/// ordered by its own created_at). A cursor only works in the ordering it was made for.
/// </summary>
internal enum SortField : byte
{
    CreatedAt,
    UpdatedAt,
    Messages,
    Memberships,
    Tags,
    AllowedTags,
    VisitorVariables,
}
