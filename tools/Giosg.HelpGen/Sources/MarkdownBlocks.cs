using System.Text.RegularExpressions;

namespace Giosg.HelpGen.Sources;

/// <summary>
/// Splits a cmdlet page into headings, paragraphs, list items and fenced code: the little
/// Markdown the page format uses. Anything else reads as paragraph text.
/// </summary>
internal static partial class MarkdownBlocks
{
    public static IReadOnlyList<MarkdownBlock> Parse(IReadOnlyList<string> lines)
    {
        var blocks = new List<MarkdownBlock>();
        var index = 0;
        while (index < lines.Count)
        {
            var line = lines[index];
            var start = index + 1;
            if (string.IsNullOrWhiteSpace(line))
            {
                index++;
            }
            else if (line.StartsWith("```", StringComparison.Ordinal))
            {
                var code = new List<string>();
                for (index++; index < lines.Count && !lines[index].StartsWith("```", StringComparison.Ordinal); index++)
                {
                    code.Add(lines[index]);
                }

                // Past the closing fence (or the end of a page that forgot it).
                index++;
                blocks.Add(new MarkdownBlock(MarkdownBlockKind.Code, string.Join('\n', code), start));
            }
            else if (Heading().Match(line) is { Success: true } heading)
            {
                blocks.Add(new MarkdownBlock(MarkdownBlockKind.Heading, heading.Groups["text"].Value.Trim(), start, heading.Groups["hashes"].Length));
                index++;
            }
            else if (ListItem().Match(line) is { Success: true } item)
            {
                var text = new List<string> { item.Groups["text"].Value };
                for (index++; index < lines.Count && IsContinuation(lines[index]); index++)
                {
                    text.Add(lines[index]);
                }

                blocks.Add(new MarkdownBlock(MarkdownBlockKind.ListItem, Join(text), start));
            }
            else
            {
                var text = new List<string> { line };
                for (index++; index < lines.Count && IsParagraphLine(lines[index]); index++)
                {
                    text.Add(lines[index]);
                }

                blocks.Add(new MarkdownBlock(MarkdownBlockKind.Paragraph, Join(text), start));
            }
        }

        return blocks;
    }

    /// <summary>An indented line under a list item belongs to it.</summary>
    private static bool IsContinuation(string line) =>
        line.Length > 0 && char.IsWhiteSpace(line[0]) && !string.IsNullOrWhiteSpace(line) && !ListItem().IsMatch(line);

    private static bool IsParagraphLine(string line) =>
        !string.IsNullOrWhiteSpace(line) && !line.StartsWith("```", StringComparison.Ordinal) && !Heading().IsMatch(line) && !ListItem().IsMatch(line);

    private static string Join(IEnumerable<string> lines) => string.Join(' ', lines.Select(line => line.Trim()));

    [GeneratedRegex(@"^(?<hashes>#{1,6})\s+(?<text>.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:[-*]|\d+\.)\s+(?<text>.*)$")]
    private static partial Regex ListItem();
}
