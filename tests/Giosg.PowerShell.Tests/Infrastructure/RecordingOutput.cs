using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Tests.Infrastructure;

/// <summary>Keeps everything command logic writes, in order, for assertions.</summary>
internal sealed class RecordingOutput : ICommandOutput
{
    public List<object> Objects { get; } = [];

    public List<CommandError> Errors { get; } = [];

    public List<string> Verbose { get; } = [];

    public List<string> Warnings { get; } = [];

    public Action<object>? OnWriteObject { get; init; }

    public void WriteObject(object value)
    {
        Objects.Add(value);
        OnWriteObject?.Invoke(value);
    }

    public void WriteError(CommandError error) => Errors.Add(error);

    public void WriteVerbose(string message) => Verbose.Add(message);

    public void WriteWarning(string message) => Warnings.Add(message);

    public List<ProgressInfo> Progress { get; } = [];

    public List<(object Data, string[] Tags)> Information { get; } = [];

    public void WriteProgress(ProgressInfo progress) => Progress.Add(progress);

    public void WriteInformation(object data, string[] tags) => Information.Add((data, tags));

    /// <summary>What -WhatIf/-Confirm answer: true to go ahead, false as under -WhatIf.</summary>
    public bool Approve { get; init; } = true;

    /// <summary>Every (target, action) the logic asked about.</summary>
    public List<(string Target, string Action)> Asked { get; } = [];

    public bool ShouldProcess(string target, string action)
    {
        Asked.Add((target, action));
        return Approve;
    }
}
