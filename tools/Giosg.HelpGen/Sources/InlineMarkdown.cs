using System.Text.RegularExpressions;

namespace Giosg.HelpGen.Sources;

/// <summary>
/// Turns a page's inline Markdown into the plain text Get-Help prints: links keep their text,
/// code spans and bold lose their markers. Single '*' and '_' are left alone: they occur in
/// PowerShell ($_, wildcards) far more often than as emphasis.
/// </summary>
internal static partial class InlineMarkdown
{
    public static string Plain(string text)
    {
        text = Link().Replace(text, "${text}");
        text = CodeSpan().Replace(text, "${code}");
        return Bold().Replace(text, "${text}");
    }

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?<target>[^)\s]+)\)")]
    public static partial Regex Link();

    [GeneratedRegex(@"`(?<code>[^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\*\*(?<text>[^*]+)\*\*")]
    private static partial Regex Bold();
}
