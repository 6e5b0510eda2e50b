using System.Collections.ObjectModel;
using System.Management.Automation;

namespace Giosg.PowerShell.EngineTests.Infrastructure;

/// <summary>What one script run in the engine produced: its output, its error records and <c>$?</c>.</summary>
public sealed record EngineResult(Collection<PSObject> Output, IReadOnlyList<ErrorRecord> Errors, bool Succeeded)
{
    /// <summary>The output's base objects, for tests that check typed results.</summary>
    public IReadOnlyList<object> Objects => Output.Select(o => o.BaseObject).ToList();

    /// <summary>The one error the run wrote; fails the test when there are none or several.</summary>
    public ErrorRecord SingleError => Assert.Single(Errors);
}
