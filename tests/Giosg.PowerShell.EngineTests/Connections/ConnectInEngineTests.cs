using System.Management.Automation;
using Giosg.PowerShell.EngineTests.Infrastructure;

namespace Giosg.PowerShell.EngineTests.Connections;

/// <summary>
/// Connect-Giosg's token sources in a real engine: a token parameter that holds nothing is an error
/// naming it, never a silent fall-back to $env:GIOSG_API_TOKEN (another organization's, perhaps).
/// </summary>
public sealed class ConnectInEngineTests(PowerShellEngine engine) : IClassFixture<PowerShellEngine>
{
    private const string Id = "Giosg.PowerShell.Connections.ConnectGiosgCommand";

    [Theory]
    [InlineData("-ApiToken (New-Object System.Security.SecureString)", "-ApiToken")]
    [InlineData("-ApiToken $null", "-ApiToken")]
    [InlineData("-Credential ([pscredential]::new('token', (New-Object System.Security.SecureString)))", "-Credential")]
    public void An_empty_token_parameter_is_an_error_naming_it_even_with_the_environment_variable_set(string parameter, string source)
    {
        var result = WithEnvironmentToken("other-organizations-token", () =>
            engine.Run($"Connect-Giosg -OrganizationId $sim.OrganizationId {parameter} -BaseUri $sim.BaseUri"));

        var error = result.SingleError;
        Assert.Equal($"GiosgTokenEmpty,{Id}", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal(source, error.TargetObject);
        Assert.Contains(source, error.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
        Assert.DoesNotContain("other-organizations-token", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_environment_variable_stands_in_only_when_no_token_parameter_is_given()
    {
        var result = WithEnvironmentToken(engine.Simulator.Token, () =>
            engine.Run("Connect-Giosg -OrganizationId $sim.OrganizationId -BaseUri $sim.BaseUri -Verbose 4>&1 | Out-String"));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Contains("$env:GIOSG_API_TOKEN", (string)Assert.Single(result.Objects), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-OrganizationId ([guid]::Empty) -ApiToken $token", "GiosgOrganizationInvalid", "-OrganizationId")]
    [InlineData("-OrganizationId $sim.OrganizationId -ApiToken $token -UserId ([guid]::Empty)", "GiosgUserIdInvalid", "-UserId")]
    [InlineData("-OrganizationId $sim.OrganizationId -ApiToken $token -MaxRetryWait (New-TimeSpan -Seconds -1)", "GiosgMaxRetryWaitInvalid", "-MaxRetryWait")]
    [InlineData("-OrganizationId $sim.OrganizationId -ApiToken $token -BaseUri 'http://service.giosg.com'", "GiosgConnectionInvalid", "https://")]
    public void Each_validation_error_carries_its_own_recommended_action(string parameters, string errorId, string action)
    {
        var result = engine.Run($"try {{ Connect-Giosg {parameters} -ErrorAction Stop }} catch {{ $_ }}");

        var error = Assert.IsType<ErrorRecord>(Assert.Single(result.Objects));
        Assert.Equal($"{errorId},{Id}", error.FullyQualifiedErrorId);
        Assert.Contains(action, error.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
    }

    private static EngineResult WithEnvironmentToken(string token, Func<EngineResult> run)
    {
        var before = Environment.GetEnvironmentVariable("GIOSG_API_TOKEN");
        Environment.SetEnvironmentVariable("GIOSG_API_TOKEN", token);
        try
        {
            return run();
        }
        finally
        {
            Environment.SetEnvironmentVariable("GIOSG_API_TOKEN", before);
        }
    }
}
