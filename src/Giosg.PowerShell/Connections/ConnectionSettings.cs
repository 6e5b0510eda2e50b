using System.Reflection;
using System.Runtime.InteropServices;
using Giosg.Client.Connections;

namespace Giosg.PowerShell.Connections;

/// <summary>
/// Turns Connect-Giosg's parameters and the environment into connection options: a parameter
/// wins over its environment variable, and each missing or malformed value is an error that
/// names what to pass. Kept apart from the cmdlet so tests can feed it any environment.
/// </summary>
internal static class ConnectionSettings
{
    public const string TokenVariable = "GIOSG_API_TOKEN";
    public const string OrganizationVariable = "GIOSG_ORGANIZATION_ID";

    /// <summary>The User-Agent product token: module name, version and runtime.</summary>
    public static string UserAgent { get; } =
        $"Giosg.PowerShell/{typeof(ConnectionSettings).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0"} ({RuntimeInformation.FrameworkDescription.Replace('(', '[').Replace(')', ']')})";

    /// <exception cref="ConnectionSettingsException">A value is missing or malformed.</exception>
    public static (ApiToken Token, GiosgConnectionOptions Options, string TokenSource) Resolve(
        Guid? organizationId, string? token, string tokenParameter, Uri? baseUri, Uri? reportingBaseUri, Guid? userId, Func<string, string?> environment)
    {
        var tokenSource = tokenParameter;
        if (string.IsNullOrWhiteSpace(token))
        {
            token = environment(TokenVariable);
            tokenSource = $"$env:{TokenVariable}";
        }

        if (string.IsNullOrWhiteSpace(token))
        {
            throw new ConnectionSettingsException(
                "GiosgTokenMissing",
                $"No API token: pass -ApiToken (a SecureString) or -Credential, or set $env:{TokenVariable}.",
                null);
        }

        if (!ApiToken.TryCreate(token, out var apiToken, out var problem))
        {
            // The message describes the token's shape, never its text.
            throw new ConnectionSettingsException("GiosgTokenInvalid", $"The API token from {tokenSource} is not usable: {problem}", null);
        }

        var organization = organizationId ?? ReadOrganization(environment);
        var options = new GiosgConnectionOptions
        {
            OrganizationId = organization,
            UserId = userId,
            BaseUri = baseUri ?? GiosgConnectionOptions.DefaultBaseUri,
            ReportingBaseUri = reportingBaseUri ?? GiosgConnectionOptions.DefaultReportingBaseUri,
            UserAgent = UserAgent,
        };
        return (apiToken, options, tokenSource);
    }

    private static Guid ReadOrganization(Func<string, string?> environment)
    {
        var text = environment(OrganizationVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ConnectionSettingsException(
                "GiosgOrganizationMissing",
                $"No organization id: pass -OrganizationId, or set $env:{OrganizationVariable}.",
                null);
        }

        if (!Guid.TryParse(text, out var organization) || organization == Guid.Empty)
        {
            throw new ConnectionSettingsException(
                "GiosgOrganizationInvalid",
                $"$env:{OrganizationVariable} is '{text}', which is not an organization id (a GUID such as 7f9e9580-095b-42c7-838c-c04e667b26f7).",
                text);
        }

        return organization;
    }
}
