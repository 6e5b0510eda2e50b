using System.Diagnostics.CodeAnalysis;

namespace Giosg.Client.Connections;

/// <summary>
/// A Giosg API token. It prints as a mask wherever it is formatted, so a token can never reach
/// output, logs or exception messages by accident; only the HTTP layer reads <see cref="Value"/>.
/// </summary>
public sealed class ApiToken
{
    private const string Mask = "********";

    private ApiToken(string value) => Value = value;

    internal string Value { get; }

    /// <summary>Wraps a token; whitespace around it (a pasted newline) is trimmed.</summary>
    /// <param name="value">The token text.</param>
    /// <param name="token">The token, when <paramref name="value"/> is usable.</param>
    /// <param name="problem">Why it is not usable, without quoting it.</param>
    public static bool TryCreate(string? value, [NotNullWhen(true)] out ApiToken? token, out string problem)
    {
        token = null;
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            problem = "the token is empty.";
            return false;
        }

        foreach (var c in trimmed)
        {
            // Header values are visible ASCII; anything else means a wrong paste, not a token.
            if (c < 0x21 || c > 0x7e)
            {
                problem = "the token contains spaces or characters outside visible ASCII; copy it again from Giosg Console → Settings → Company → Access tokens.";
                return false;
            }
        }

        token = new ApiToken(trimmed);
        problem = string.Empty;
        return true;
    }

    /// <summary>Always a mask: the token itself is never formatted.</summary>
    public override string ToString() => Mask;

    /// <summary>Replaces every occurrence of the token in <paramref name="text"/> with a mask.</summary>
    internal string Redact(string text) =>
        string.IsNullOrEmpty(text) ? text : text.Replace(Value, Mask);
}
