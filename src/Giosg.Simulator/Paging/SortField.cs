namespace Giosg.Simulator.Paging;

/// <summary>The timestamp a chat listing is ordered by.</summary>
internal enum SortField : byte
{
    CreatedAt,
    UpdatedAt,
}
