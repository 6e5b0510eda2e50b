using System.Management.Automation;

namespace Giosg.PowerShell.Output;

/// <summary>Writes command logic's output to a cmdlet's streams (pipeline thread only).</summary>
internal sealed class CmdletOutput(Cmdlet cmdlet, Func<string, string, bool>? shouldProcess = null, Action? beforeWrite = null) : ICommandOutput
{
    public bool ShouldProcess(string target, string action) =>
        shouldProcess is null ? cmdlet.ShouldProcess(target, action) : shouldProcess(target, action);

    public void WriteObject(object value)
    {
        beforeWrite?.Invoke();
        cmdlet.WriteObject(value);
    }

    public void WriteError(CommandError error)
    {
        beforeWrite?.Invoke();
        cmdlet.WriteError(error.ToErrorRecord());
    }

    public void WriteVerbose(string message)
    {
        beforeWrite?.Invoke();
        cmdlet.WriteVerbose(message);
    }

    public void WriteWarning(string message)
    {
        beforeWrite?.Invoke();
        cmdlet.WriteWarning(message);
    }

    public void WriteProgress(ProgressInfo progress) =>
        cmdlet.WriteProgress(new ProgressRecord(progress.ActivityId, progress.Activity, progress.Status)
        {
            PercentComplete = progress.PercentComplete,
            RecordType = progress.Completed ? ProgressRecordType.Completed : ProgressRecordType.Processing,
        });

    public void WriteInformation(object data, string[] tags) => cmdlet.WriteInformation(data, tags);
}
