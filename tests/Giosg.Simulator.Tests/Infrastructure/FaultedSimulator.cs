namespace Giosg.Simulator.Tests.Infrastructure;

/// <summary>
/// A small simulator of the test class's own, for fault tests: pages of ten so listings have next links,
/// and helpers that send one request and say what the client saw.
/// </summary>
public abstract class FaultedSimulator : OwnSimulator
{
    protected override SimulatorOptions Options => new() { Chats = 200, Seed = 5, Now = SharedSimulator.Now, PageSize = 10 };

    protected FaultPlan Plan
    {
        get => (FaultPlan)Simulator.Faults!;
        set => Simulator.Faults = value;
    }

    protected SimChat OpenOwnedChat => Simulator.Data.OwnedChats.First(chat => !chat.IsEnded);

    /// <summary>The status of a GET, or 0 when the connection failed (a reset, a cut body, a timeout).</summary>
    protected async Task<int> StatusOfAsync(string uri, HttpMethod? method = null, string? body = null, HttpClient? http = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, uri);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        try
        {
            // The whole body is read: a response cut mid-body fails here, as it would for any client.
            using var response = await (http ?? Api.Http).SendAsync(request, HttpCompletionOption.ResponseContentRead);
            return (int)response.StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException)
        {
            return 0;
        }
    }

    /// <summary>A client with the token and a short timeout per attempt, as clients under test use for slow answers.</summary>
    protected HttpClient ImpatientClient(TimeSpan timeout)
    {
        var http = new HttpClient { BaseAddress = Simulator.BaseUri, Timeout = timeout };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Token", Simulator.Token);
        return http;
    }
}
