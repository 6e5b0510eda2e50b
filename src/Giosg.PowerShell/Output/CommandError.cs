using System.Management.Automation;

namespace Giosg.PowerShell.Output;

/// <summary>
/// A non-terminating error as command logic reports it: a stable id, a category, the object it
/// concerns and what the user should do. <see cref="CmdletOutput"/> turns it into an ErrorRecord.
/// </summary>
internal sealed class CommandError(Exception exception, string errorId, ErrorCategory category, object? targetObject, string recommendedAction)
{
    public Exception Exception { get; } = exception;

    public string ErrorId { get; } = errorId;

    public ErrorCategory Category { get; } = category;

    public object? TargetObject { get; } = targetObject;

    public string RecommendedAction { get; } = recommendedAction;

    public ErrorRecord ToErrorRecord() =>
        new(Exception, ErrorId, Category, TargetObject)
        {
            ErrorDetails = new ErrorDetails(Exception.Message) { RecommendedAction = RecommendedAction },
        };
}
