namespace Giosg.PowerShell.Output;

/// <summary>A progress bar update, as command logic states it.</summary>
/// <param name="ActivityId">Which bar.</param>
/// <param name="Activity">What is happening.</param>
/// <param name="Status">How far it is.</param>
/// <param name="PercentComplete">-1 when unknown.</param>
/// <param name="Completed">True to remove the bar.</param>
internal sealed record ProgressInfo(int ActivityId, string Activity, string Status, int PercentComplete = -1, bool Completed = false);
