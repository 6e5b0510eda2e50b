namespace Giosg.PowerShell.Connections;

/// <summary>A Connect-Giosg value is missing, malformed or in conflict with another; <see cref="ErrorId"/> is stable for scripts.</summary>
internal sealed class ConnectionSettingsException(string errorId, string message, object? offendingValue, string recommendedAction) : ArgumentException(message)
{
    public string ErrorId { get; } = errorId;

    /// <summary>The value at fault, or the name of the token's source (never the token).</summary>
    public object? OffendingValue { get; } = offendingValue;

    /// <summary>What to do about this error in particular.</summary>
    public string RecommendedAction { get; } = recommendedAction;
}
