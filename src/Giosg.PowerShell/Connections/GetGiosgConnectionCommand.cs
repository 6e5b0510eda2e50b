using System.Management.Automation;
using Giosg.Client.Connections;
using Giosg.PowerShell.Session;

namespace Giosg.PowerShell.Connections;

/// <summary>
/// <para type="synopsis">Shows the session's Giosg connection.</para>
/// <para type="description">Writes the connection Connect-Giosg made for this runspace: organization, user, base URIs and when it was made. The API token is never shown. Writes nothing when not connected.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "GiosgConnection")]
[OutputType(typeof(GiosgConnection))]
public sealed class GetGiosgConnectionCommand : PSCmdlet
{
    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (SessionConnection.Current is { } connection)
        {
            WriteObject(connection);
        }
    }
}
