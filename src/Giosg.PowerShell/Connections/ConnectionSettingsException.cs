namespace Giosg.PowerShell.Connections;

/// <summary>A Connect-Giosg value is missing or malformed; <see cref="ErrorId"/> is stable for scripts.</summary>
internal sealed class ConnectionSettingsException(string errorId, string message, object? offendingValue) : ArgumentException(message)
{
    public string ErrorId { get; } = errorId;

    public object? OffendingValue { get; } = offendingValue;
}
