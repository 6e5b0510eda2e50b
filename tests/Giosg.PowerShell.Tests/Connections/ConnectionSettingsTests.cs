using Giosg.PowerShell.Connections;

namespace Giosg.PowerShell.Tests.Connections;

public sealed class ConnectionSettingsTests
{
    private static readonly Guid Org = Guid.Parse("7f9e9580-095b-42c7-838c-c04e667b26f7");

    private static Func<string, string?> Environment(string? token = null, string? org = null) => name => name switch
    {
        ConnectionSettings.TokenVariable => token,
        ConnectionSettings.OrganizationVariable => org,
        _ => null,
    };

    [Fact]
    public void Parameters_win_over_the_environment()
    {
        var (token, options, source) = ConnectionSettings.Resolve(Org, "param-token", "-ApiToken", null, null, null, Environment("env-token", Guid.NewGuid().ToString()));

        Assert.Equal("-ApiToken", source);
        Assert.Equal(Org, options.OrganizationId);
        Assert.Equal("********", token.ToString());
        Assert.Equal(new Uri("https://service.giosg.com/"), options.BaseUri);
        Assert.Equal(new Uri("https://api.giosg.com/"), options.ReportingBaseUri);
        Assert.StartsWith("Giosg.PowerShell/0.1.0", options.UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public void Token_and_organization_fall_back_to_the_environment()
    {
        var (_, options, source) = ConnectionSettings.Resolve(null, null, null, null, null, null, Environment("env-token", Org.ToString()));

        Assert.Equal("$env:GIOSG_API_TOKEN", source);
        Assert.Equal(Org, options.OrganizationId);
    }

    [Fact]
    public void A_missing_token_names_every_way_to_give_one()
    {
        var error = Assert.Throws<ConnectionSettingsException>(() => ConnectionSettings.Resolve(Org, null, null, null, null, null, Environment()));

        Assert.Equal("GiosgTokenMissing", error.ErrorId);
        Assert.Contains("-ApiToken", error.Message, StringComparison.Ordinal);
        Assert.Contains("GIOSG_API_TOKEN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_token_is_refused_without_quoting_it()
    {
        var error = Assert.Throws<ConnectionSettingsException>(() => ConnectionSettings.Resolve(Org, "secret part two", "-ApiToken", null, null, null, Environment()));

        Assert.Equal("GiosgTokenInvalid", error.ErrorId);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_organization_variable_is_named_with_its_value()
    {
        var error = Assert.Throws<ConnectionSettingsException>(() => ConnectionSettings.Resolve(null, "t", "-ApiToken", null, null, null, Environment(org: "not-a-guid")));

        Assert.Equal("GiosgOrganizationInvalid", error.ErrorId);
        Assert.Equal("not-a-guid", error.OffendingValue);
        Assert.Contains("GIOSG_ORGANIZATION_ID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_organization_says_how_to_give_one()
    {
        var error = Assert.Throws<ConnectionSettingsException>(() => ConnectionSettings.Resolve(null, "t", "-ApiToken", null, null, null, Environment()));

        Assert.Equal("GiosgOrganizationMissing", error.ErrorId);
        Assert.Contains("-OrganizationId", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-ApiToken", null)]
    [InlineData("-ApiToken", "")]
    [InlineData("-Credential", "")]
    [InlineData("secret 'giosg' of vault 'ops'", " ")]
    public void An_empty_token_parameter_is_an_error_naming_it_and_never_falls_back_to_the_environment(string source, string? token)
    {
        var error = Assert.Throws<ConnectionSettingsException>(() => ConnectionSettings.Resolve(Org, token, source, null, null, null, Environment("other-orgs-token", Org.ToString())));

        Assert.Equal("GiosgTokenEmpty", error.ErrorId);
        Assert.Equal(source, error.OffendingValue);
        Assert.Contains(source, error.Message, StringComparison.Ordinal);
        Assert.Contains(source, error.RecommendedAction, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_environment_variable_is_an_error_naming_it()
    {
        var error = Assert.Throws<ConnectionSettingsException>(() => ConnectionSettings.Resolve(Org, null, null, null, null, null, Environment(token: "")));

        Assert.Equal("GiosgTokenEmpty", error.ErrorId);
        Assert.Contains("$env:GIOSG_API_TOKEN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_ids_are_refused_each_with_its_own_recommended_action()
    {
        var organization = Assert.Throws<ConnectionSettingsException>(() => ConnectionSettings.Resolve(Guid.Empty, "t", "-ApiToken", null, null, null, Environment()));
        var user = Assert.Throws<ConnectionSettingsException>(() => ConnectionSettings.Resolve(Org, "t", "-ApiToken", null, null, Guid.Empty, Environment()));
        var missing = Assert.Throws<ConnectionSettingsException>(() => ConnectionSettings.Resolve(null, "t", "-ApiToken", null, null, null, Environment()));

        Assert.Equal("GiosgOrganizationInvalid", organization.ErrorId);
        Assert.Equal("GiosgUserIdInvalid", user.ErrorId);
        Assert.Contains("-OrganizationId", organization.RecommendedAction, StringComparison.Ordinal);
        Assert.Contains("-UserId", user.RecommendedAction, StringComparison.Ordinal);
        Assert.Equal(3, new[] { organization, user, missing }.Select(error => error.RecommendedAction).Distinct().Count());
        Assert.DoesNotContain(new[] { organization, user, missing }, error => error.RecommendedAction.Contains("https", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wait_budget_the_request_deadline_cannot_hold_is_refused_with_the_longest_that_fits()
    {
        var error = Assert.Throws<ConnectionSettingsException>(() => ConnectionSettings.Retry(null, TimeSpan.FromMinutes(4)));

        Assert.Equal("GiosgRetrySettingsInvalid", error.ErrorId);
        Assert.Equal(TimeSpan.FromMinutes(4), error.OffendingValue);
        Assert.Contains("deadline", error.Message, StringComparison.Ordinal);
        Assert.Contains("between 0 and 150 seconds", error.RecommendedAction, StringComparison.Ordinal);
    }

    [Fact]
    public void Retry_settings_within_the_limits_are_taken_as_given()
    {
        var retry = ConnectionSettings.Retry(2, TimeSpan.FromMinutes(2));

        Assert.Equal(2, retry.MaxRetries);
        Assert.Equal(TimeSpan.FromMinutes(2), retry.MaxRetryWait);
    }
}
