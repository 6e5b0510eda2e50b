using System.Globalization;
using System.Text.Json;

namespace Giosg.Benchmarks.Simulation;

/// <summary>
/// The simulator's <c>/_simulator/…</c> endpoints: no token, never logged, so reading them does not
/// change what is measured. They work whether the simulator runs here or in its own process.
/// </summary>
internal sealed class SimulatorControl(Uri baseUri) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseUri };

    /// <summary>Forgets the request log and restarts the in-flight high-water mark.</summary>
    public async Task ResetRequestsAsync() =>
        (await _http.DeleteAsync(new Uri("_simulator/requests", UriKind.Relative))).EnsureSuccessStatusCode();

    /// <summary>The most API requests served at once since the last <see cref="ResetRequestsAsync"/>.</summary>
    public async Task<int> MaxInFlightAsync()
    {
        using var info = JsonDocument.Parse(await _http.GetStringAsync(new Uri("_simulator/info", UriKind.Relative)));
        return info.RootElement.GetProperty("maxInFlight").GetInt32();
    }

    /// <summary>Every chat as the simulator holds it now, with what a sweep decides on.</summary>
    public async Task<IReadOnlyList<SimulatedChat>> ChatsAsync()
    {
        await using var body = await _http.GetStreamAsync(new Uri("_simulator/chats", UriKind.Relative));
        using var document = await JsonDocument.ParseAsync(body);
        var chats = new List<SimulatedChat>(document.RootElement.GetArrayLength());
        foreach (var chat in document.RootElement.EnumerateArray())
        {
            chats.Add(new SimulatedChat(
                chat.GetProperty("chat_type").GetString()!,
                chat.GetProperty("room_organization_id").GetGuid(),
                chat.GetProperty("is_ended").GetBoolean(),
                // Written with and without 'Z'; the simulator means UTC either way.
                DateTimeOffset.Parse(chat.GetProperty("updated_at").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));
        }

        return chats;
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>One chat from <c>/_simulator/chats</c>.</summary>
internal sealed record SimulatedChat(string ChatType, Guid RoomOrganizationId, bool IsEnded, DateTimeOffset UpdatedAt);
