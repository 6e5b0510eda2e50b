namespace Giosg.Benchmarks.Simulation;

/// <summary>How to seed and serve one simulator; the same settings give the same chats wherever it runs.</summary>
internal sealed record SimulatorSettings
{
    /// <summary>A fixed "now", so seeded ages, idle times and the sweep's threshold repeat run after run.</summary>
    public static readonly DateTimeOffset FixedNow = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A simulator's token, not a secret: it opens only a loopback server with invented data.</summary>
    public const string Token = "giosg-benchmark-token";

    public required int Chats { get; init; }

    public int Seed { get; init; } = 1;

    public int PageSize { get; init; } = 100;

    /// <summary>Added by the simulator to every API request: the round trip a real network would cost.</summary>
    public TimeSpan Latency { get; init; }

    public DateTimeOffset Now { get; init; } = FixedNow;

    /// <summary>What chat listing cursors encode: stable keys (the default) or offsets, which the sweep's own endings would shift.</summary>
    public Giosg.Simulator.Paging.CursorMode Cursors { get; init; }

    /// <summary>The <c>--cursors</c> value for <see cref="Cursors"/>.</summary>
    public string CursorsArgument => Cursors == Giosg.Simulator.Paging.CursorMode.Offsets ? "offsets" : "keys";
}
