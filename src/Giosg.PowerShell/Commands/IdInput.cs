using System.Management.Automation;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Commands;

/// <summary>
/// Reads an id that binds by property name as text (a CSV cell, a property of any object): a GUID is
/// the id, an empty cell is "not given", anything else (and the all-zero GUID) is an error about that
/// value, so one bad row is reported and the others go on.
/// </summary>
internal static class IdInput
{
    public static bool TryRead(string? text, string parameter, ICommandOutput output, out Guid? id)
    {
        id = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (Guid.TryParse(text!.Trim(), out var parsed) && parsed != Guid.Empty)
        {
            id = parsed;
            return true;
        }

        output.WriteError(new CommandError(
            new ArgumentException($"-{parameter} '{text}' is not an id: give a GUID such as 0f34f1b2-2922-4a2e-9706-8cca0a1b3eec (not the all-zero one). Nothing was sent for this input."),
            "GiosgInvalidId", ErrorCategory.InvalidArgument, text, $"Correct the {parameter} value (a CSV column or property of that name); the other inputs were processed."));
        return false;
    }

    /// <summary>As <see cref="TryRead"/>, and an empty value is an error too.</summary>
    public static bool TryReadRequired(string? text, string parameter, ICommandOutput output, out Guid id)
    {
        id = Guid.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            output.WriteError(new CommandError(new ArgumentException($"-{parameter} is empty; nothing was sent for this input."),
                "GiosgInvalidId", ErrorCategory.InvalidArgument, text, $"Give a {parameter} (a CSV column or property of that name)."));
            return false;
        }

        if (!TryRead(text, parameter, output, out var read))
        {
            return false;
        }

        id = read!.Value;
        return true;
    }
}
