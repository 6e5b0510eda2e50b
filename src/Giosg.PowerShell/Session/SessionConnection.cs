using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using Giosg.Client.Connections;

namespace Giosg.PowerShell.Session;

/// <summary>
/// The connection Connect-Giosg made, one per runspace: jobs, runbooks and parallel runspaces
/// each keep their own, and a runspace's connection goes away with it.
/// </summary>
internal static class SessionConnection
{
    private static readonly ConditionalWeakTable<Runspace, Holder> Connections = new();

    public static GiosgConnection? Current
    {
        get => Runspace.DefaultRunspace is { } runspace && Connections.TryGetValue(runspace, out var holder) ? holder.Connection : null;
        set
        {
            var runspace = Runspace.DefaultRunspace ?? throw new InvalidOperationException("No runspace is active on this thread.");
            Connections.GetValue(runspace, _ => new Holder()).Connection = value;
        }
    }

    private sealed class Holder
    {
        public GiosgConnection? Connection { get; set; }
    }
}
