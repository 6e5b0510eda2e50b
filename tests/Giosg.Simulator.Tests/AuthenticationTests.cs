using System.Net;
using System.Net.Http.Headers;
using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

[Collection(SharedSimulatorGroup.Name)]
public sealed class AuthenticationTests(SharedSimulator shared)
{
    private readonly ApiClient _api = shared.Api;

    [Theory]
    [InlineData(null)]
    [InlineData("Token wrong-token")]
    [InlineData("Bearer {token}")]
    [InlineData("{token}")]
    [InlineData("Token")]
    public async Task Requests_without_the_right_token_get_401_invalid_token(string? authorization)
    {
        using var http = new HttpClient { BaseAddress = shared.Simulator.BaseUri };
        using var request = new HttpRequestMessage(HttpMethod.Get, _api.Org("owned_chats"));
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization.Replace("{token}", shared.Simulator.Token, StringComparison.Ordinal));
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("{\"detail\":\"Invalid token.\"}", await response.Content.ReadAsStringAsync());
        Assert.Equal("Token", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task The_scheme_word_is_case_insensitive()
    {
        using var http = new HttpClient { BaseAddress = shared.Simulator.BaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", shared.Simulator.Token);

        using var response = await http.GetAsync(_api.Org("owned_chats"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("api/v5/orgs/{other}/owned_chats")]
    [InlineData("api/v5/orgs/{other}/routed_chats")]
    [InlineData("api/v5/orgs/{other}/chats")]
    [InlineData("api/v5/orgs/{other}/rooms/{room}/chats")]
    [InlineData("api/v5/users/{other}/chats")]
    [InlineData("api/v5/users/{otherUser}/pending_chats")]
    public async Task Another_organization_or_user_gets_403(string template)
    {
        var uri = template
            .Replace("{other}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{otherUser}", shared.Data.Users[1].Id.ToString(), StringComparison.Ordinal)
            .Replace("{room}", shared.Data.Rooms[0].Id.ToString(), StringComparison.Ordinal);

        var error = await _api.GetJsonAsync(uri, HttpStatusCode.Forbidden);

        Assert.Equal("You do not have permission to perform this action.", (string?)error["detail"]);
    }

    [Theory]
    [InlineData("owned_chats/{unknown}")]
    [InlineData("owned_chats/not-a-uuid")]
    [InlineData("rooms/{unknown}/chats")]
    [InlineData("rooms/not-a-uuid/chats")]
    [InlineData("rooms/{room}/visitors/0123456789abcdef0123456789abcdef/chats")]
    [InlineData("no_such_collection")]
    public async Task Unknown_or_malformed_ids_get_404_not_found(string rest)
    {
        var uri = _api.Org(rest
            .Replace("{unknown}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{room}", shared.Data.Rooms[0].Id.ToString(), StringComparison.Ordinal));

        var error = await _api.GetJsonAsync(uri, HttpStatusCode.NotFound);

        Assert.Equal("Not found.", (string?)error["detail"]);
    }

    [Fact]
    public async Task A_method_a_route_does_not_allow_gets_405()
    {
        using var response = await _api.Http.DeleteAsync(_api.Org("owned_chats"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("not allowed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
