namespace Giosg.HelpGen.Sources;

/// <summary>The kinds of block a cmdlet page is made of.</summary>
internal enum MarkdownBlockKind
{
    Heading,
    Paragraph,
    ListItem,
    Code,
}

/// <summary>One block of a cmdlet page, with the line it starts on for error messages.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Text">A heading's or paragraph's text (lines joined), a list item's text, or the code.</param>
/// <param name="Line">The 1-based line it starts on.</param>
/// <param name="Level">A heading's level (1 for <c>#</c>); 0 for other blocks.</param>
internal sealed record MarkdownBlock(MarkdownBlockKind Kind, string Text, int Line, int Level = 0);
