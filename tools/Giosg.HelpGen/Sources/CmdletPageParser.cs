using Giosg.HelpGen.Help;

namespace Giosg.HelpGen.Sources;

/// <summary>
/// Reads a cmdlet page. It is strict about structure, so that a misspelt section or an example
/// without code fails the build instead of silently vanishing from help.
/// </summary>
internal sealed class CmdletPageParser
{
    private const string ExamplesSection = "Examples";
    private const string InputsSection = "Inputs";
    private const string OutputsSection = "Outputs";
    private const string ParametersSection = "Parameters";
    private const string NotesSection = "Notes";
    private const string LinksSection = "Related links";

    private static readonly string[] Sections = [ExamplesSection, InputsSection, OutputsSection, ParametersSection, NotesSection, LinksSection];

    private readonly string _path;
    private readonly Problems _problems;
    private readonly List<Example> _examples = [];
    private readonly List<SectionEntry> _inputs = [];
    private readonly List<SectionEntry> _outputs = [];
    private readonly List<SectionEntry> _parameters = [];
    private readonly List<string> _notes = [];
    private readonly List<RelatedLink> _links = [];

    private CmdletPageParser(string path, Problems problems)
    {
        _path = path;
        _problems = problems;
    }

    public static CmdletPage Parse(string path, Problems problems)
    {
        var parser = new CmdletPageParser(path, problems);
        return parser.Parse(MarkdownBlocks.Parse(File.ReadAllLines(path)));
    }

    private CmdletPage Parse(IReadOnlyList<MarkdownBlock> blocks)
    {
        var title = string.Empty;
        if (blocks.Count == 0 || blocks[0] is not { Kind: MarkdownBlockKind.Heading, Level: 1 })
        {
            Problem(1, "the page must start with '# <Verb-Noun>'.");
        }
        else
        {
            title = blocks[0].Text;
        }

        // Null before the first section; empty under an unknown heading, whose text is then skipped.
        string? section = null;
        var sectionStart = 0;
        for (var index = 1; index <= blocks.Count; index++)
        {
            var block = index < blocks.Count ? blocks[index] : null;
            if (block is null || block is { Kind: MarkdownBlockKind.Heading, Level: <= 2 })
            {
                if (!string.IsNullOrEmpty(section))
                {
                    ReadSection(section, [.. blocks.Skip(sectionStart).Take(index - sectionStart)]);
                }

                if (block is null)
                {
                    break;
                }

                section = Sections.FirstOrDefault(name => string.Equals(name, block.Text, StringComparison.OrdinalIgnoreCase)) ?? string.Empty;
                sectionStart = index + 1;
                if (block.Level == 1 || section.Length == 0)
                {
                    Problem(block.Line, $"unexpected heading '{block.Text}'; sections are '## {string.Join("', '## ", Sections)}'.");
                }
            }
            else if (section is null)
            {
                Problem(block.Line, "text before the first section; synopsis and description belong in the cmdlet's XML doc comments.");
            }
        }

        return new CmdletPage(_path, title, _examples, _inputs, _outputs, _parameters, _notes, _links);
    }

    private void ReadSection(string section, IReadOnlyList<MarkdownBlock> blocks)
    {
        switch (section)
        {
            case ExamplesSection:
                foreach (var (heading, body) in Entries(blocks))
                {
                    ReadExample(heading, body);
                }

                break;
            case InputsSection or OutputsSection or ParametersSection:
                var entries = section == InputsSection ? _inputs : section == OutputsSection ? _outputs : _parameters;
                foreach (var (heading, body) in Entries(blocks))
                {
                    entries.Add(new SectionEntry(heading.Text, Paragraphs(body), heading.Line));
                }

                break;
            case NotesSection:
                _notes.AddRange(Paragraphs(blocks));
                break;
            case LinksSection:
                ReadLinks(blocks);
                break;
        }
    }

    /// <summary>The '### ' entries of a section, each with the blocks under it.</summary>
    private IEnumerable<(MarkdownBlock Heading, IReadOnlyList<MarkdownBlock> Body)> Entries(IReadOnlyList<MarkdownBlock> blocks)
    {
        MarkdownBlock? heading = null;
        var body = new List<MarkdownBlock>();
        foreach (var block in blocks)
        {
            if (block is { Kind: MarkdownBlockKind.Heading, Level: 3 })
            {
                if (heading is not null)
                {
                    yield return (heading, body);
                }

                heading = block;
                body = [];
            }
            else if (heading is null)
            {
                Problem(block.Line, "each entry of this section starts with a '### ' heading.");
            }
            else
            {
                body.Add(block);
            }
        }

        if (heading is not null)
        {
            yield return (heading, body);
        }
    }

    private void ReadExample(MarkdownBlock heading, IReadOnlyList<MarkdownBlock> body)
    {
        var code = body.Where(block => block.Kind == MarkdownBlockKind.Code).ToList();
        var remarks = Paragraphs(body.Where(block => block.Kind != MarkdownBlockKind.Code).ToList());
        if (code.Count != 1)
        {
            Problem(heading.Line, $"example '{heading.Text}' needs exactly one fenced code block (it has {code.Count}).");
        }
        else if (body[0].Kind != MarkdownBlockKind.Code)
        {
            Problem(heading.Line, $"example '{heading.Text}' shows its code first, then says what it does.");
        }
        else if (remarks.Count == 0)
        {
            Problem(heading.Line, $"example '{heading.Text}' needs a paragraph after its code saying what it does.");
        }
        else
        {
            _examples.Add(new Example(heading.Text, code[0].Text.TrimEnd(), remarks, heading.Line));
        }
    }

    private void ReadLinks(IReadOnlyList<MarkdownBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Kind != MarkdownBlockKind.ListItem)
            {
                Problem(block.Line, "related links are a list: '- [Get-GiosgChat](Get-GiosgChat.md)' or '- [Title](https://...)'.");
                continue;
            }

            var link = InlineMarkdown.Link().Match(block.Text);
            var target = link.Success ? link.Groups["target"].Value : null;
            var uri = Uri.TryCreate(target, UriKind.Absolute, out var absolute) && absolute.Scheme is "https" or "http" ? absolute : null;
            _links.Add(new RelatedLink(link.Success ? link.Groups["text"].Value : InlineMarkdown.Plain(block.Text), uri));
        }
    }

    /// <summary>Prose as help paragraphs: list items keep their bullet so a list still reads as one.</summary>
    private static List<string> Paragraphs(IReadOnlyList<MarkdownBlock> blocks) =>
        [.. blocks.Select(block => block.Kind switch
        {
            MarkdownBlockKind.ListItem => "- " + InlineMarkdown.Plain(block.Text),
            MarkdownBlockKind.Code => block.Text,
            _ => InlineMarkdown.Plain(block.Text),
        })];

    private void Problem(int line, string message) => _problems.Add($"{_path}({line})", message);
}
