using System.Reflection;
using System.Runtime.InteropServices;
using Giosg.Client.Connections;
using Giosg.Client.Http;

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

    /// <param name="organizationId">-OrganizationId, or null for the environment's.</param>
    /// <param name="token">The token the parameter held (null or empty when it held none).</param>
    /// <param name="tokenParameter">Where the token came from (-ApiToken, -Credential, a vault's secret), or null when no token parameter was given: only then is the environment read.</param>
    /// <param name="baseUri">-BaseUri.</param>
    /// <param name="reportingBaseUri">-ReportingBaseUri.</param>
    /// <param name="userId">-UserId.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <exception cref="ConnectionSettingsException">A value is missing or malformed.</exception>
    public static (ApiToken Token, GiosgConnectionOptions Options, string TokenSource) Resolve(
        Guid? organizationId, string? token, string? tokenParameter, Uri? baseUri, Uri? reportingBaseUri, Guid? userId, Func<string, string?> environment)
    {
        var tokenSource = tokenParameter ?? $"$env:{TokenVariable}";
        if (tokenParameter is null)
        {
            token = environment(TokenVariable);
            if (token is null)
            {
                throw new ConnectionSettingsException(
                    "GiosgTokenMissing",
                    $"No API token: pass -ApiToken (a SecureString), -Credential or -VaultName with -SecretName, or set $env:{TokenVariable}.",
                    null,
                    "Connect-Giosg -OrganizationId <id> -ApiToken (Read-Host -AsSecureString)");
            }
        }

        if (string.IsNullOrWhiteSpace(token))
        {
            // A token parameter that holds nothing is a mistake, never a reason to use another token
            // (the environment's may belong to another organization).
            throw new ConnectionSettingsException(
                "GiosgTokenEmpty",
                $"The API token from {tokenSource} is empty.",
                tokenSource,
                tokenParameter is null
                    ? $"Set $env:{TokenVariable} to the token, or pass -ApiToken (Read-Host -AsSecureString)."
                    : $"Give a non-empty token in {tokenSource}.");
        }

        if (!ApiToken.TryCreate(token, out var apiToken, out var problem))
        {
            // The message describes the token's shape, never its text.
            throw new ConnectionSettingsException("GiosgTokenInvalid", $"The API token from {tokenSource} is not usable: {problem}", tokenSource,
                "Copy the token again from Giosg Console (Settings → Company → Access tokens), without spaces or line breaks.");
        }

        if (organizationId == Guid.Empty)
        {
            throw new ConnectionSettingsException("GiosgOrganizationInvalid", "-OrganizationId is 00000000-0000-0000-0000-000000000000, which names no organization.", organizationId,
                "Pass your organization's id (Giosg Console → Settings → Company), e.g. -OrganizationId 7f9e9580-095b-42c7-838c-c04e667b26f7.");
        }

        if (userId == Guid.Empty)
        {
            throw new ConnectionSettingsException("GiosgUserIdInvalid", "-UserId is 00000000-0000-0000-0000-000000000000, which names no user.", userId,
                "Pass the id of the user who owns the token, or leave -UserId out.");
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

    /// <summary>The retry settings from -MaxRetries and -MaxRetryWait, refused when they contradict the fixed time limits.</summary>
    /// <exception cref="ConnectionSettingsException">A value out of range or in conflict with the request deadline.</exception>
    public static RetrySettings Retry(int? maxRetries, TimeSpan? maxRetryWait)
    {
        if (maxRetryWait < TimeSpan.Zero)
        {
            throw new ConnectionSettingsException("GiosgMaxRetryWaitInvalid", $"-MaxRetryWait is {maxRetryWait}; it cannot be negative.", maxRetryWait,
                "Pass a wait of zero or more, e.g. -MaxRetryWait (New-TimeSpan -Seconds 30), or leave it out for 60 seconds.");
        }

        var defaults = new RetrySettings();
        var retry = defaults with { MaxRetries = maxRetries ?? defaults.MaxRetries, MaxRetryWait = maxRetryWait ?? defaults.MaxRetryWait };
        try
        {
            retry.Validate();
        }
        catch (ArgumentException exception)
        {
            var longest = retry.RequestDeadline - retry.AttemptTimeout;
            var (value, action) = exception.ParamName == nameof(RetrySettings.MaxRetries)
                ? ((object)retry.MaxRetries, "Pass -MaxRetries between 0 and 20.")
                : (retry.MaxRetryWait, $"Pass a -MaxRetryWait between 0 and {longest.TotalSeconds:0} seconds (e.g. -MaxRetryWait 00:02:00): each request has {retry.RequestDeadline.TotalMinutes:0.#} minutes in all, and the attempt after a wait needs up to {retry.AttemptTimeout.TotalSeconds:0} seconds of them.");
            throw new ConnectionSettingsException("GiosgRetrySettingsInvalid", exception.Message, value, action);
        }

        return retry;
    }

    private static Guid ReadOrganization(Func<string, string?> environment)
    {
        var text = environment(OrganizationVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ConnectionSettingsException(
                "GiosgOrganizationMissing",
                $"No organization id: pass -OrganizationId, or set $env:{OrganizationVariable}.",
                null,
                $"Connect-Giosg -OrganizationId <your organization's id>, or set $env:{OrganizationVariable}.");
        }

        if (!Guid.TryParse(text, out var organization) || organization == Guid.Empty)
        {
            throw new ConnectionSettingsException(
                "GiosgOrganizationInvalid",
                $"$env:{OrganizationVariable} is '{text}', which is not an organization id (a GUID such as 7f9e9580-095b-42c7-838c-c04e667b26f7).",
                text,
                $"Set $env:{OrganizationVariable} to your organization's id, or pass -OrganizationId.");
        }

        return organization;
    }
}
