namespace Giosg.HelpGen.Sources;

/// <summary>
/// What <c>docs/cmdlets/&lt;Verb-Noun&gt;.md</c> adds to a cmdlet's help: the parts its code cannot
/// say (see docs/cmdlets/README.md for the format).
/// </summary>
internal sealed record CmdletPage(
    string Path,
    string Title,
    IReadOnlyList<Example> Examples,
    IReadOnlyList<SectionEntry> Inputs,
    IReadOnlyList<SectionEntry> Outputs,
    IReadOnlyList<SectionEntry> Parameters,
    IReadOnlyList<string> Notes,
    IReadOnlyList<RelatedLink> Links);

/// <summary>An example: its title, its code, and what it does.</summary>
internal sealed record Example(string Title, string Code, IReadOnlyList<string> Remarks, int Line);

/// <summary>
/// A '### ' entry of the Inputs, Outputs or Parameters section: a type or parameter name, and what
/// the page says about it.
/// </summary>
internal sealed record SectionEntry(string Name, IReadOnlyList<string> Description, int Line);

/// <summary>A related topic: a command or about topic by name, or a web page with its address.</summary>
internal sealed record RelatedLink(string Text, Uri? Uri);
