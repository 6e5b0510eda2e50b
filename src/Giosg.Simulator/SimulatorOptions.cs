using System.Security.Cryptography;

namespace Giosg.Simulator;

/// <summary>How a <see cref="GiosgSimulator"/> seeds its organization and serves it.</summary>
/// <remarks>The simulator copies these values when it starts; changing them afterwards has no effect.</remarks>
public sealed class SimulatorOptions
{
    /// <summary>Number of chats in the seeded data (owned and shared rooms together).</summary>
    public int Chats { get; set; } = 1000;

    /// <summary>Seed of the generated data: the same seed and options always give the same data.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>The simulator's "now"; <see langword="null"/> takes the current time, truncated to whole seconds.</summary>
    public DateTimeOffset? Now { get; set; }

    /// <summary>Page size the server chooses for cursor-paginated collections.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>The API token clients must send as <c>Authorization: Token …</c>; random by default.</summary>
    public string Token { get; set; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));

    /// <summary>The simulated organization's id; <see langword="null"/> derives one from the seed.</summary>
    public Guid? OrganizationId { get; set; }

    /// <summary>The id of the token's user; <see langword="null"/> derives one from the seed.</summary>
    public Guid? UserId { get; set; }

    /// <summary>Delay added to every API request, to make client concurrency measurable.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// The fault injector the simulator starts with, e.g. <c>FaultPlan.MixedTransient(0.1, seed: 1)</c>;
    /// <see cref="GiosgSimulator.Faults"/> changes it later.
    /// </summary>
    public IFaultInjector? Faults { get; set; }

    /// <summary>The other readings of the documents to play (see <see cref="ApiReadings"/>); <see cref="GiosgSimulator.Readings"/> changes them later.</summary>
    public ApiReadings Readings { get; set; }

    /// <summary>What chat listing cursors encode: stable keys (default) or offsets into the filtered result.</summary>
    public Paging.CursorMode Cursors { get; set; }

    /// <summary>Chats other agents end each time a chat listing page is served (with <see cref="ChurnTotal"/>); 0 for none.</summary>
    public int ChurnPerPage { get; set; }

    /// <summary>Chats churn ends in all before it stops.</summary>
    public int ChurnTotal { get; set; }

    /// <summary>Answer 400 "Chat has already ended." to ending an ended chat, instead of 200.</summary>
    public bool RefuseRepeatedEnd { get; set; }
}
