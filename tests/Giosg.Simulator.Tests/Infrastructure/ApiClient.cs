using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Giosg.Simulator.Tests.Infrastructure;

/// <summary>A plain HttpClient with the simulator's token, and the few shapes of call the tests make.</summary>
public sealed class ApiClient : IDisposable
{
    private readonly HttpClient _http;

    public ApiClient(GiosgSimulator simulator, string? token = null)
    {
        Simulator = simulator;
        _http = new HttpClient { BaseAddress = simulator.BaseUri };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", token ?? simulator.Token);
    }

    public GiosgSimulator Simulator { get; }

    public HttpClient Http => _http;

    public string Org(string rest) => $"api/v5/orgs/{Simulator.OrganizationId}/{rest}";

    public string User(string rest) => $"api/v5/users/{Simulator.UserId}/{rest}";

    public Task<HttpResponseMessage> GetAsync(string uri) => _http.GetAsync(uri);

    public async Task<JsonNode> GetJsonAsync(string uri, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _http.GetAsync(uri);
        return await ReadAsync(response, expected);
    }

    public async Task<JsonNode> SendJsonAsync(HttpMethod method, string uri, string body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using var response = await _http.SendAsync(request);
        return await ReadAsync(response, expected);
    }

    /// <summary>Follows <c>next</c> links from <paramref name="uri"/> until null, as a client would.</summary>
    public async Task<List<JsonNode>> ListAllAsync(string uri)
    {
        var items = new List<JsonNode>();
        for (string? next = uri; next is not null;)
        {
            var page = await GetJsonAsync(next);
            items.AddRange(page["results"]!.AsArray().Select(item => item!));
            next = (string?)page["next"];
        }

        return items;
    }

    public void Dispose() => _http.Dispose();

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!;
    }
}
