using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Net;
using System.Security;
using Giosg.Client.Connections;
using Giosg.Client.Http;
using Giosg.PowerShell.Session;

namespace Giosg.PowerShell.Connections;

/// <summary>
/// <para type="synopsis">Connects the session to a Giosg organization.</para>
/// <para type="description">Keeps a connection for this runspace that every Giosg cmdlet uses unless given -Connection. The API token comes from -ApiToken, -Credential (its password), a SecretManagement vault (-VaultName, -SecretName) or $env:GIOSG_API_TOKEN; the organization from -OrganizationId or $env:GIOSG_ORGANIZATION_ID. No request is sent until a cmdlet needs one.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "Giosg", DefaultParameterSetName = TokenSet)]
[OutputType(typeof(GiosgConnection))]
public sealed class ConnectGiosgCommand : PSCmdlet
{
    private const string TokenSet = "ApiToken";
    private const string CredentialSet = "Credential";
    private const string VaultSet = "Vault";

    /// <summary><para type="description">The organization's id. Defaults to $env:GIOSG_ORGANIZATION_ID.</para></summary>
    [Parameter(Position = 0)]
    public Guid? OrganizationId { get; set; }

    /// <summary><para type="description">The API token, as a SecureString. Defaults to $env:GIOSG_API_TOKEN.</para></summary>
    [Parameter(ParameterSetName = TokenSet, Position = 1)]
    public SecureString? ApiToken { get; set; }

    /// <summary><para type="description">A credential whose password is the API token (an Azure Automation credential asset, say); the user name is not used.</para></summary>
    [Parameter(ParameterSetName = CredentialSet, Mandatory = true)]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary><para type="description">A SecretManagement vault holding the API token (needs the Microsoft.PowerShell.SecretManagement module). Use with -SecretName.</para></summary>
    [Parameter(ParameterSetName = VaultSet, Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? VaultName { get; set; }

    /// <summary><para type="description">The name of the secret in -VaultName that holds the API token (a SecureString, a string or a PSCredential whose password is the token).</para></summary>
    [Parameter(ParameterSetName = VaultSet, Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? SecretName { get; set; }

    /// <summary><para type="description">The v5 API's base URI; https://service.giosg.com by default. Plain http is accepted only for loopback hosts, such as the simulator.</para></summary>
    [Parameter]
    public Uri? BaseUri { get; set; }

    /// <summary><para type="description">The reporting API's base URI; https://api.giosg.com by default.</para></summary>
    [Parameter]
    public Uri? ReportingBaseUri { get; set; }

    /// <summary><para type="description">The id of the user who owns the token, for cmdlets that use users/&lt;user&gt; endpoints (Get-GiosgChat -Scope User, -Pending).</para></summary>
    [Parameter]
    public Guid? UserId { get; set; }

    /// <summary><para type="description">How many times a request that failed transiently (429, 5xx, a broken connection, a timeout) is retried, when retrying is safe; 4 by default, 0 to turn retries off.</para></summary>
    [Parameter]
    [ValidateRange(0, 20)]
    public int? MaxRetries { get; set; }

    /// <summary><para type="description">The most one request may spend waiting before its attempts: backoff, Retry-After, and the connection-wide pause after a 429; 60 seconds by default. It must be shorter than the request deadline (3 minutes); a longer value is refused. A wait the API asks for that does not fit fails the request at once as GiosgRateLimited, naming the wait.</para></summary>
    [Parameter]
    public TimeSpan? MaxRetryWait { get; set; }

    /// <summary><para type="description">Also writes the connection to the pipeline, for use with -Connection.</para></summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var (secret, parameter) = ParameterSetName switch
        {
            CredentialSet => (Credential?.Password, "-Credential"),
            VaultSet => (ReadVaultSecret(), $"secret '{SecretName}' of vault '{VaultName}'"),
            // The environment variable only stands in when no token parameter was given at all.
            _ => (ApiToken, MyInvocation.BoundParameters.ContainsKey(nameof(ApiToken)) ? "-ApiToken" : null),
        };
        var token = secret is null ? null : new NetworkCredential(string.Empty, secret).Password;

        GiosgConnection connection;
        string tokenSource;
        try
        {
            var (apiToken, options, source) = ConnectionSettings.Resolve(
                OrganizationId, token, parameter, BaseUri, ReportingBaseUri, UserId, Environment.GetEnvironmentVariable);
            tokenSource = source;
            var retry = ConnectionSettings.Retry(MaxRetries, MaxRetryWait);
            connection = new GiosgConnection(apiToken, options with { Retry = retry });
        }
        catch (ConnectionSettingsException exception)
        {
            ThrowTerminatingError(new ErrorRecord(exception, exception.ErrorId, ErrorCategory.InvalidArgument, exception.OffendingValue)
            {
                ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = exception.RecommendedAction },
            });
            return;
        }
        catch (ArgumentException exception)
        {
            // What is left after ConnectionSettings' checks is the base URIs' origin policy.
            ThrowTerminatingError(new ErrorRecord(exception, "GiosgConnectionInvalid", ErrorCategory.InvalidArgument, exception.Message.Contains(nameof(ReportingBaseUri)) ? ReportingBaseUri : BaseUri)
            {
                ErrorDetails = new ErrorDetails(exception.Message)
                {
                    RecommendedAction = "Use an https:// base URI (http:// only for a loopback simulator).",
                },
            });
            return;
        }

        SessionConnection.Current = connection;
        WriteVerbose($"Connected to Giosg organization {connection.OrganizationId} at {connection.BaseUri} (token from {tokenSource}).");
        if (PassThru)
        {
            WriteObject(connection);
        }
    }

    /// <summary>Reads the token through SecretManagement's Get-Secret, when that module is available.</summary>
    private SecureString ReadVaultSecret()
    {
        if (InvokeCommand.GetCommand("Get-Secret", CommandTypes.Cmdlet | CommandTypes.Function) is null)
        {
            Fail("GiosgSecretManagementMissing", ErrorCategory.NotInstalled, VaultName,
                "-VaultName needs the Microsoft.PowerShell.SecretManagement module, which is not installed.",
                "Install-Module Microsoft.PowerShell.SecretManagement (and a vault extension), or pass -ApiToken or -Credential.");
        }

        Collection<PSObject> result;
        try
        {
            result = InvokeCommand.InvokeScript(
                "param($vault, $name) Get-Secret -Vault $vault -Name $name -ErrorAction Stop", true, System.Management.Automation.Runspaces.PipelineResultTypes.None, null, VaultName, SecretName);
        }
        catch (RuntimeException exception)
        {
            Fail("GiosgSecretUnreadable", ErrorCategory.ReadError, SecretName,
                $"Secret '{SecretName}' could not be read from vault '{VaultName}': {exception.Message}",
                "Check the vault and secret names with Get-SecretInfo, and unlock the vault if it needs a password.");
            throw;
        }

        return result.Select(item => item?.BaseObject).FirstOrDefault() switch
        {
            SecureString secure => secure,
            string text => ToSecureString(text),
            PSCredential credential => credential.Password,
            var other => throw Fail("GiosgSecretUnusable", ErrorCategory.InvalidType, SecretName,
                $"Secret '{SecretName}' of vault '{VaultName}' holds a {other?.GetType().Name ?? "nothing"}; the API token must be a SecureString, a string or a PSCredential.",
                "Store the token with Set-Secret -Name <name> -Secret (Read-Host -AsSecureString)."),
        };
    }

    private static SecureString ToSecureString(string text)
    {
        var secure = new SecureString();
        foreach (var c in text)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }

    private InvalidOperationException Fail(string errorId, ErrorCategory category, object? target, string message, string recommendedAction)
    {
        ThrowTerminatingError(new ErrorRecord(new InvalidOperationException(message), errorId, category, target)
        {
            ErrorDetails = new ErrorDetails(message) { RecommendedAction = recommendedAction },
        });
        return new InvalidOperationException(message);
    }
}
