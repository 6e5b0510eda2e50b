using System.Management.Automation;
using Giosg.PowerShell.Session;

namespace Giosg.PowerShell.Connections;

/// <summary>
/// <para type="synopsis">Forgets the session's Giosg connection.</para>
/// <para type="description">Closes the connection Connect-Giosg made for this runspace and releases its pooled HTTP connections. Cmdlets then need Connect-Giosg again, or -Connection.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Disconnect, "Giosg")]
[OutputType(typeof(void))]
public sealed class DisconnectGiosgCommand : PSCmdlet
{
    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var connection = SessionConnection.Current;
        if (connection is null)
        {
            WriteVerbose("Not connected to Giosg; nothing to do.");
            return;
        }

        SessionConnection.Current = null;
        connection.Dispose();
        WriteVerbose($"Disconnected from Giosg organization {connection.OrganizationId}.");
    }
}
