namespace Giosg.PowerShell.Output;

/// <summary>
/// What command logic may write. Cmdlets adapt it to the PowerShell streams; tests fake it,
/// because PowerShellStandard.Library's methods throw outside a real host.
/// </summary>
internal interface ICommandOutput
{
    /// <summary>Writes one object to the pipeline.</summary>
    void WriteObject(object value);

    /// <summary>Writes a non-terminating error.</summary>
    void WriteError(CommandError error);

    /// <summary>Writes a line to the verbose stream.</summary>
    void WriteVerbose(string message);

    /// <summary>Writes a line to the warning stream.</summary>
    void WriteWarning(string message);

    /// <summary>Updates a progress bar.</summary>
    void WriteProgress(ProgressInfo progress);

    /// <summary>Writes to the information stream (what runbook logs keep).</summary>
    void WriteInformation(object data, string[] tags);

    /// <summary>Asks -WhatIf/-Confirm whether to change <paramref name="target"/>; false means leave it alone.</summary>
    bool ShouldProcess(string target, string action);
}
