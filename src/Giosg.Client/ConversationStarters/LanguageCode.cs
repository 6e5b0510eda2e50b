using System.Text.RegularExpressions;

namespace Giosg.Client.ConversationStarters;

/// <summary>
/// RFC 3066 language codes, as 001 asks of <c>language_code</c>: a primary subtag of 1–8 letters and
/// optional subtags of 1–8 letters or digits, joined by hyphens (<c>en</c>, <c>fi</c>, <c>en-US</c>,
/// <c>zh-Hant</c>). Which languages Giosg supports is not listed, so only the syntax is checked here and
/// the API judges the rest (400). Codes are case-insensitive (RFC 3066) and sent in lower case, the
/// form 001's examples use, so <c>EN</c> and <c>en</c> name the same starter (docs/api-assumptions.md, F1).
/// </summary>
public static class LanguageCode
{
    private static readonly Regex Syntax = new("^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Checks <paramref name="code"/> and gives its lower-case form.</summary>
    /// <returns>False, with <paramref name="problem"/> saying why, when it is not an RFC 3066 code.</returns>
    public static bool TryNormalize(string? code, out string normalized, out string problem)
    {
        normalized = "";
        problem = "";
        var trimmed = code?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            problem = "The language code is empty; give an RFC 3066 code such as en, fi or en-US.";
            return false;
        }

        if (!Syntax.IsMatch(trimmed))
        {
            problem = $"'{code}' is not an RFC 3066 language code: use letters for the language (en, fi, sv), optionally followed by hyphen-separated subtags of up to 8 letters or digits (en-US, zh-Hant).";
            return false;
        }

        normalized = trimmed.ToLowerInvariant();
        return true;
    }

    /// <summary>The lower-case form of <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentException">Not an RFC 3066 code.</exception>
    public static string Normalize(string? code) =>
        TryNormalize(code, out var normalized, out var problem) ? normalized : throw new ArgumentException(problem, nameof(code));
}
