using Giosg.Client.Chats;
using Giosg.Client.Connections;
using Giosg.Client.Errors;
using Giosg.Client.Tests.Infrastructure;
using Giosg.Testing;

namespace Giosg.Client.Tests.Http;

[Collection(SimulatorGroup.Name)]
public sealed class AuthenticationAndErrorTests(SimulatorFixture fixture)
{
    [Fact]
    public async Task Requests_carry_the_token_header_and_a_user_agent()
    {
        var handler = new CountingHandler();
        using var connection = fixture.Connect(handler);

        await new GiosgClient(connection).Chats.GetAsync(fixture.Simulator.Data.Chats[0].Id, ChatScope.Routed);

        var sent = Assert.Single(handler.Requests);
        Assert.Equal($"Token {fixture.Simulator.Token}", sent.Authorization);
        Assert.Contains("Giosg.Client.Tests/1.0", sent.UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_token_is_an_authentication_error_that_never_quotes_the_token()
    {
        const string wrong = "wrong-token-1234567890";
        using var connection = fixture.Connect(token: wrong);

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => new GiosgClient(connection).Chats.List(new ChatListRequest()).ToListAsync().AsTask());

        Assert.Equal(GiosgErrorKind.Authentication, error.Kind);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("revoked", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organization_is_permission_denied()
    {
        Assert.True(ApiToken.TryCreate(fixture.Simulator.Token, out var token, out _));
        using var connection = new GiosgConnection(token, new GiosgConnectionOptions { OrganizationId = Guid.NewGuid(), BaseUri = fixture.Simulator.BaseUri, ReportingBaseUri = fixture.Simulator.BaseUri });

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => new GiosgClient(connection).Chats.List(new ChatListRequest()).ToListAsync().AsTask());

        Assert.Equal(GiosgErrorKind.PermissionDenied, error.Kind);
        Assert.DoesNotContain(fixture.Simulator.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_chat_is_not_found_naming_its_id()
    {
        using var connection = fixture.Connect();
        var id = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => new GiosgClient(connection).Chats.GetAsync(id, ChatScope.Owned));

        Assert.Equal(GiosgErrorKind.NotFound, error.Kind);
        Assert.Contains(id.ToString("D"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_host_is_a_network_error()
    {
        Assert.True(ApiToken.TryCreate("secret-token-abc", out var token, out _));
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        using var connection = new GiosgConnection(token, new GiosgConnectionOptions { OrganizationId = Guid.NewGuid(), BaseUri = new Uri("http://127.0.0.1:1/"), ReportingBaseUri = new Uri("http://127.0.0.1:1/"), Retry = SimulatorFixture.FastRetries });

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => new GiosgClient(connection).Chats.List(new ChatListRequest()).ToListAsync().AsTask());

        Assert.Equal(GiosgErrorKind.Network, error.Kind);
        Assert.DoesNotContain("secret-token-abc", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://service.giosg.com")]
    [InlineData("http://10.0.0.5:8080")]
    [InlineData("ftp://127.0.0.1")]
    public void Plain_http_is_refused_except_for_loopback(string baseUri)
    {
        Assert.True(ApiToken.TryCreate("t", out var token, out _));
        var error = Assert.Throws<ArgumentException>(() => new GiosgConnection(token, new GiosgConnectionOptions { OrganizationId = Guid.NewGuid(), BaseUri = new Uri(baseUri) }));
        Assert.Contains("BaseUri", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://service.giosg.com")]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5000")]
    public void Https_and_loopback_http_are_accepted(string baseUri)
    {
        Assert.True(ApiToken.TryCreate("t", out var token, out _));
        using var connection = new GiosgConnection(token, new GiosgConnectionOptions { OrganizationId = Guid.NewGuid(), BaseUri = new Uri(baseUri) });
        Assert.Equal(baseUri.TrimEnd('/') + "/", connection.BaseUri.AbsoluteUri);
    }

    [Fact]
    public void The_token_formats_as_a_mask_and_the_connection_never_shows_it()
    {
        Assert.True(ApiToken.TryCreate("  s3cr3t-token\n", out var token, out _));
        using var connection = new GiosgConnection(token, new GiosgConnectionOptions { OrganizationId = Guid.NewGuid() });

        Assert.Equal("********", token.ToString());
        Assert.DoesNotContain("s3cr3t", connection.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(GiosgConnection).GetProperties(), property => property.PropertyType == typeof(ApiToken) || property.Name.Contains("Token", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("two words")]
    [InlineData("tokén")]
    public void Unusable_tokens_are_refused_without_quoting_them(string text)
    {
        Assert.False(ApiToken.TryCreate(text, out _, out var problem));
        Assert.False(string.IsNullOrEmpty(problem));
        if (text.Trim().Length > 0)
        {
            Assert.DoesNotContain(text.Trim(), problem, StringComparison.Ordinal);
        }
    }
}
