using Giosg.Client;
using Giosg.Client.Connections;

namespace Giosg.Benchmarks.Simulation;

/// <summary>What a client needs to reach a running simulator.</summary>
internal sealed record SimulatorEndpoint(Uri BaseUri, Guid OrganizationId, string Token, int Chats)
{
    /// <summary>Every chat of the organization (owned and shared rooms): a listing of exactly <see cref="Chats"/>.</summary>
    public Uri RoutedChats => new(BaseUri, $"api/v5/orgs/{OrganizationId:D}/routed_chats");

    public GiosgClient CreateClient(HttpMessageHandler? innerHandler = null)
    {
        if (!ApiToken.TryCreate(Token, out var token, out var problem))
        {
            throw new InvalidOperationException($"The simulator's token is unusable: {problem}");
        }

        return new GiosgClient(new GiosgConnection(token, new GiosgConnectionOptions
        {
            OrganizationId = OrganizationId,
            BaseUri = BaseUri,
            ReportingBaseUri = BaseUri,
            UserAgent = "Giosg.Benchmarks/1.0",
            InnerHandler = innerHandler,
        }));
    }

    /// <summary>The plain HttpClient a user would write against the API, token included.</summary>
    public HttpClient CreateHttpClient()
    {
        var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Token", Token);
        http.DefaultRequestHeaders.Accept.Add(new("application/json"));
        return http;
    }

    public static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
