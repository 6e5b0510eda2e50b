using System.Management.Automation;
using System.Net;
using System.Security;
using Giosg.Client.Connections;
using Giosg.Client.Http;
using Giosg.PowerShell.Session;

namespace Giosg.PowerShell.Connections;

/// <summary>
/// <para type="synopsis">Connects the session to a Giosg organization.</para>
/// <para type="description">Keeps a connection for this runspace that every Giosg cmdlet uses unless given -Connection. The API token comes from -ApiToken, -Credential (its password) or $env:GIOSG_API_TOKEN; the organization from -OrganizationId or $env:GIOSG_ORGANIZATION_ID. No request is sent until a cmdlet needs one.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "Giosg", DefaultParameterSetName = TokenSet)]
[OutputType(typeof(GiosgConnection))]
public sealed class ConnectGiosgCommand : PSCmdlet
{
    private const string TokenSet = "ApiToken";
    private const string CredentialSet = "Credential";

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

    /// <summary><para type="description">The most one request may spend waiting between retries, Retry-After included; 60 seconds by default.</para></summary>
    [Parameter]
    public TimeSpan? MaxRetryWait { get; set; }

    /// <summary><para type="description">Also writes the connection to the pipeline, for use with -Connection.</para></summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var (secret, parameter) = ParameterSetName == CredentialSet
            ? (Credential?.Password, "-Credential")
            : (ApiToken, "-ApiToken");
        var token = secret is null ? null : new NetworkCredential(string.Empty, secret).Password;

        GiosgConnection connection;
        string tokenSource;
        try
        {
            var (apiToken, options, source) = ConnectionSettings.Resolve(
                OrganizationId, token, parameter, BaseUri, ReportingBaseUri, UserId, Environment.GetEnvironmentVariable);
            tokenSource = source;
            var defaults = new RetrySettings();
            var retry = defaults with { MaxRetries = MaxRetries ?? defaults.MaxRetries, MaxRetryWait = MaxRetryWait ?? defaults.MaxRetryWait };
            connection = new GiosgConnection(apiToken, options with { Retry = retry });
        }
        catch (ConnectionSettingsException exception)
        {
            ThrowTerminatingError(new ErrorRecord(exception, exception.ErrorId, ErrorCategory.InvalidArgument, exception.OffendingValue)
            {
                ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = "Get-Help Connect-Giosg -Examples" },
            });
            return;
        }
        catch (ArgumentException exception)
        {
            ThrowTerminatingError(new ErrorRecord(exception, "GiosgConnectionInvalid", ErrorCategory.InvalidArgument, BaseUri)
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
}
