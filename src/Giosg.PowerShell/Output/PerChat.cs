using Giosg.Client.Errors;
using Giosg.PowerShell.Errors;

namespace Giosg.PowerShell.Output;

/// <summary>
/// Runs the work for one chat so that its failure is a non-terminating error naming the chat,
/// and the next chat is still served.
/// </summary>
internal static class PerChat
{
    /// <returns>True when the work completed.</returns>
    public static bool Try(ICommandOutput output, Guid chatId, Action work)
    {
        try
        {
            work();
            return true;
        }
        catch (GiosgApiException exception)
        {
            output.WriteError(ApiErrors.From(exception, chatId));
        }
        catch (ArgumentException exception)
        {
            output.WriteError(ApiErrors.InvalidTarget(exception, chatId));
        }

        return false;
    }
}
