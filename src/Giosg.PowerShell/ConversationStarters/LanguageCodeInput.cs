using System.Management.Automation;
using Giosg.Client.ConversationStarters;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.ConversationStarters;

/// <summary>Checks a -LanguageCode before any request; a bad one is an error about that value, and the other inputs go on.</summary>
internal static class LanguageCodeInput
{
    public static bool TryRead(string? code, ICommandOutput output, out string normalized)
    {
        if (LanguageCode.TryNormalize(code, out normalized, out var problem))
        {
            return true;
        }

        output.WriteError(new CommandError(new ArgumentException(problem), "GiosgInvalidLanguageCode", ErrorCategory.InvalidArgument, code,
            "Give an RFC 3066 language code such as en, fi, sv or en-US; the API decides which languages it supports."));
        return false;
    }
}
