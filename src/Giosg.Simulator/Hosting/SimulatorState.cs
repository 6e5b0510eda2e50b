using Giosg.Simulator.Paging;

namespace Giosg.Simulator.Hosting;

/// <summary>Everything the request pipeline of one simulator shares: its data, clock, settings and hooks.</summary>
internal sealed class SimulatorState(SimulatorData data, SimulatorClock clock, string token, int pageSize, int seed)
{
    private volatile IFaultInjector? _faults;
    private int _readings;

    public SimulatorData Data { get; } = data;

    public SimulatorClock Clock { get; } = clock;

    public RequestLog Requests { get; } = new();

    public string Token { get; } = token;

    public int PageSize { get; } = pageSize;

    public int Seed { get; } = seed;

    public ListingBehavior Listing { get; } = new();

    public Presences.PresenceBook Presences { get; } = new();

    public Invitations.InvitationBook Invitations { get; } = new();

    public IFaultInjector? Faults
    {
        get => _faults;
        set => _faults = value;
    }

    public ApiReadings Readings
    {
        get => (ApiReadings)Volatile.Read(ref _readings);
        set => Volatile.Write(ref _readings, (int)value);
    }
}
