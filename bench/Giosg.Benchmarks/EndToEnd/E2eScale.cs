namespace Giosg.Benchmarks.EndToEnd;

/// <summary>The sizes of one end-to-end run: the full measurement, a quick look, or a CI smoke test.</summary>
internal sealed record E2eScale
{
    public static readonly E2eScale Full = new()
    {
        Name = "full",
        ListChats = 100_000,
        ListRoundTrip = TimeSpan.FromMilliseconds(20),
        PlacementCheckChats = 10_000,
        FootprintSmall = 10_000,
        FootprintLarge = 1_000_000,
        ThroughputChats = 100_000,
        // The seeder leaves about 11.5 % of chats open in the organization's own rooms, so ~174,000
        // chats give the ~20,000 open chats the sweep lists; 5,000 of them are made stale.
        SweepChats = 174_000,
        SweepStale = 5_000,
        SweepRoundTrip = TimeSpan.FromMilliseconds(50),
        SweepThrottles = [1, 4, 8, 16],
    };

    public static readonly E2eScale Quick = Full with
    {
        Name = "quick",
        ListChats = 10_000,
        FootprintLarge = 100_000,
        ThroughputChats = 20_000,
        SweepChats = 17_400,
        SweepStale = 500,
        SweepThrottles = [4, 8],
    };

    /// <summary>Every code path on tiny data, for CI: counts are checked, timings mean nothing.</summary>
    public static readonly E2eScale Smoke = Full with
    {
        Name = "smoke",
        ListChats = 2_000,
        ListRoundTrip = TimeSpan.FromMilliseconds(2),
        PlacementCheckChats = 1_000,
        FootprintSmall = 2_000,
        FootprintLarge = 20_000,
        ThroughputChats = 5_000,
        SweepChats = 1_740,
        SweepStale = 50,
        SweepRoundTrip = TimeSpan.FromMilliseconds(5),
        SweepThrottles = [1, 8],
    };

    public required string Name { get; init; }

    /// <summary>Chats in the timed listings (every chat of the organization, through <c>routed_chats</c>).</summary>
    public required int ListChats { get; init; }

    public required TimeSpan ListRoundTrip { get; init; }

    public required int PlacementCheckChats { get; init; }

    public required int FootprintSmall { get; init; }

    public required int FootprintLarge { get; init; }

    public required int ThroughputChats { get; init; }

    public required int SweepChats { get; init; }

    public required int SweepStale { get; init; }

    public required TimeSpan SweepRoundTrip { get; init; }

    public required IReadOnlyList<int> SweepThrottles { get; init; }

    public const int PageSize = 100;

    /// <summary>A consumer that costs about one round trip per page: 0.2 ms a chat at 20 ms and 100 a page.</summary>
    public TimeSpan ConsumerCostPerChat => ListRoundTrip / PageSize;
}
