using Giosg.Simulator.Data;
using Giosg.Simulator.Hosting;

namespace Giosg.Simulator;

/// <summary>
/// A Giosg API on loopback: a seeded organization served over real HTTP the way the documentation
/// describes, with a request log and a fault hook for tests, benchmarks and dry runs.
/// </summary>
/// <example>
/// <code>
/// await using var simulator = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 5000 });
/// // GET {simulator.BaseUri}api/v5/orgs/{simulator.OrganizationId}/owned_chats
/// // with "Authorization: Token {simulator.Token}"
/// </code>
/// </example>
public sealed class GiosgSimulator : IAsyncDisposable
{
    /// <summary>The most chats a simulator seeds; beyond this memory, not the API, is what gets tested.</summary>
    public const int MaxChats = 10_000_000;

    /// <summary>The largest server page size a simulator accepts.</summary>
    public const int MaxPageSize = 10_000;

    private readonly WebApplication _app;
    private readonly SimulatorState _state;
    private int _disposed;

    private GiosgSimulator(WebApplication app, SimulatorState state, Uri baseUri)
    {
        _app = app;
        _state = state;
        BaseUri = baseUri;
    }

    /// <summary>Where the simulator listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The simulated organization's id.</summary>
    public Guid OrganizationId => _state.Data.OrganizationId;

    /// <summary>The id of the user the token belongs to.</summary>
    public Guid UserId => _state.Data.TokenUser.Id;

    /// <summary>The API token clients must send as <c>Authorization: Token …</c>.</summary>
    public string Token => _state.Token;

    /// <summary>The simulator's "now", which the seeded data and chat updates are relative to.</summary>
    public SimulatorClock Clock => _state.Clock;

    /// <summary>The seeded organization: rooms, users and chats.</summary>
    public SimulatorData Data => _state.Data;

    /// <summary>Messages sent and memberships created or changed by clients, for tests to check.</summary>
    public SimulatorActivity Activity => _state.Data.Activity;

    /// <summary>Every API request served (control endpoints excluded).</summary>
    public RequestLog Requests => _state.Requests;

    /// <summary>
    /// A hook that may answer API requests instead of the simulated API, such as a <see cref="FaultPlan"/>;
    /// <see langword="null"/> for none. Also set by <c>PUT /_simulator/faults</c> and cleared by its DELETE.
    /// </summary>
    public IFaultInjector? Faults
    {
        get => _state.Faults;
        set => _state.Faults = value;
    }

    /// <summary>The other readings of the documents the simulator plays now (see <see cref="ApiReadings"/>); may change while it runs.</summary>
    public ApiReadings Readings
    {
        get => _state.Readings;
        set => _state.Readings = value;
    }

    /// <summary>The users present in the chat now (004's presences), in the order they joined; changed by the presences endpoints.</summary>
    public IReadOnlyList<Guid> PresentUsers(Guid chatId) =>
        _state.Presences.Of(Data.FindChat(chatId) ?? throw new KeyNotFoundException($"No chat {chatId} in the simulated data.")).Select(entry => entry.User).ToArray();

    /// <summary>Every chat invitation sent so far, oldest first, in its current state.</summary>
    public IReadOnlyList<SimInvitation> Invitations => _state.Invitations.All();

    /// <summary>How chat listings page (keys or offsets), churn, and answer a repeated end; changeable while running.</summary>
    public Paging.ListingBehavior Listing => _state.Listing;

    /// <summary>Seeds the data and starts listening on 127.0.0.1.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static async Task<GiosgSimulator> StartAsync(SimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);

        var clock = new SimulatorClock(options.Now ?? TruncateToSeconds(DateTimeOffset.UtcNow));
        var organization = SeededOrganization.Create(options.Seed, options.OrganizationId, options.UserId, clock.UtcTicks);
        var chats = ChatSeeder.Generate(options.Chats, options.Seed, organization, clock.UtcTicks);
        var state = new SimulatorState(new SimulatorData(organization, chats, clock), clock, options.Token, options.PageSize, options.Seed);
        state.Faults = options.Faults;
        state.Readings = options.Readings;
        state.Listing.Cursors = options.Cursors;
        state.Listing.SetChurn(options.ChurnPerPage, options.ChurnTotal);
        state.Listing.RefuseRepeatedEnd = options.RefuseRepeatedEnd;

        var app = SimulatorApplication.Build(state, options.Port, options.Latency);
        try
        {
            await app.StartAsync(cancellationToken);
            return new GiosgSimulator(app, state, new Uri(app.Urls.Single()));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Stages the race a housekeeping job must survive: once a chat listing page containing one of these
    /// chats has been written, that chat's <c>updated_at</c> becomes <see cref="Clock"/>'s "now", once per
    /// chat. Same as <see cref="SimulatorData.WakeUpAfterListing"/>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">An id is not a chat's; then none is staged.</exception>
    public void WakeUpAfterListing(IEnumerable<Guid> chatIds) => Data.WakeUpAfterListing(chatIds);

    /// <summary>Stops listening; requests in flight are given a moment to finish.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <inheritdoc />
    public override string ToString() => $"Giosg simulator at {BaseUri} ({Data.Chats.Count} chats)";

    private static void Validate(SimulatorOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Chats, nameof(options.Chats));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Chats, MaxChats, nameof(options.Chats));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PageSize, 1, nameof(options.PageSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.PageSize, MaxPageSize, nameof(options.PageSize));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, 65535, nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Latency, TimeSpan.Zero, nameof(options.Latency));
        ArgumentOutOfRangeException.ThrowIfNegative(options.ChurnPerPage, nameof(options.ChurnPerPage));
        ArgumentOutOfRangeException.ThrowIfNegative(options.ChurnTotal, nameof(options.ChurnTotal));
        if (string.IsNullOrEmpty(options.Token) || options.Token.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("The token must be non-empty and without whitespace.", nameof(options));
        }
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
