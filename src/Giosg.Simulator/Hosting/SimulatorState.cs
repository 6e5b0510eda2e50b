using Giosg.Simulator.Paging;

namespace Giosg.Simulator.Hosting;

/// <summary>Everything the request pipeline of one simulator shares: its data, clock, settings and hooks.</summary>
internal sealed class SimulatorState(SimulatorData data, SimulatorClock clock, string token, int pageSize, int seed)
{
    private volatile IFaultInjector? _faults;

    public SimulatorData Data { get; } = data;

    public SimulatorClock Clock { get; } = clock;

    public RequestLog Requests { get; } = new();

    public string Token { get; } = token;

    public int PageSize { get; } = pageSize;

    public int Seed { get; } = seed;

    public ListingBehavior Listing { get; } = new();

    public IFaultInjector? Faults
    {
        get => _faults;
        set => _faults = value;
    }
}
