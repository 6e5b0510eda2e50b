using Giosg.Benchmarks.Simulation;

namespace Giosg.Benchmarks.EndToEnd;

/// <summary>
/// The sweep's threshold, chosen from the seeded data so that a known number of chats is stale:
/// the sweep lists the organization's open chats and ends its open external chats idle longer
/// than <see cref="IdleFor"/>.
/// </summary>
/// <param name="Listed">Open chats in the organization's own rooms: what the sweep's listing pages through.</param>
/// <param name="Scanned">The external ones among them: what the listing hands the sweep (the type filter runs on each page).</param>
/// <param name="Stale">Open external chats idle past <see cref="IdleFor"/>: what it must end (K).</param>
/// <param name="EndedBefore">Chats already ended before the sweep: after it exactly <see cref="Stale"/> more must be.</param>
internal sealed record SweepPlan(int Chats, int Listed, int Scanned, int Stale, TimeSpan IdleFor, int EndedBefore)
{
    /// <summary>Checks the simulator's chats after a sweep: no stale chat left open, and no other chat ended.</summary>
    public async Task CheckAfterAsync(SimulatorControl control, Guid organization, DateTimeOffset now, string run, CountChecks checks)
    {
        var chats = await control.ChatsAsync();
        var staleOpen = chats.Count(chat => !chat.IsEnded && chat.RoomOrganizationId == organization && chat.ChatType == "external" && now - chat.UpdatedAt > IdleFor);
        checks.Expect($"stale chats still open after the sweep ({run})", 0, staleOpen);
        checks.Expect($"chats ended by the sweep, counted in the simulator ({run})", Stale, chats.Count(chat => chat.IsEnded) - EndedBefore);
    }

    public static async Task<SweepPlan> ChooseAsync(SimulatorSettings settings, int wantedStale)
    {
        await using var simulator = await RunningSimulator.StartAsync(settings with { Latency = TimeSpan.Zero }, SimulatorPlacement.Process);
        var organization = simulator.Endpoint.OrganizationId;
        var all = await simulator.Control.ChatsAsync();
        var open = all.Where(chat => !chat.IsEnded && chat.RoomOrganizationId == organization).ToList();
        var external = open.Where(chat => chat.ChatType == "external").ToList();
        var idle = external.Select(chat => settings.Now - chat.UpdatedAt).OrderDescending().ToList();
        if (idle.Count <= wantedStale)
        {
            throw new InvalidOperationException($"Only {idle.Count} open external chats; {wantedStale} cannot be stale.");
        }

        // Just above the idle time of the first chat that should stay, in whole minutes so the
        // threshold reads well; K is then counted exactly, never assumed.
        var keep = idle[wantedStale];
        var idleFor = TimeSpan.FromMinutes(Math.Ceiling(keep.TotalMinutes));
        var stale = idle.Count(span => span > idleFor);
        return new SweepPlan(settings.Chats, open.Count, external.Count, stale, idleFor, all.Count(chat => chat.IsEnded));
    }
}
