namespace Giosg.PowerShell.Connections;

/// <summary>A Connect-Giosg value is missing, malformed or in conflict with another; <see cref="ErrorId"/> is stable for scripts.</summary>
internal sealed class ConnectionSettingsException(string errorId, string message, object? offendingValue, string? recommendedAction = null) : ArgumentException(message)
{
    public string ErrorId { get; } = errorId;

    public object? OffendingValue { get; } = offendingValue;

    /// <summary>What to pass instead; <see langword="null"/> when the examples say it best.</summary>
    public string? RecommendedAction { get; } = recommendedAction;
}
