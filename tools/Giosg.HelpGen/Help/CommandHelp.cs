using Giosg.HelpGen.Cmdlets;
using Giosg.HelpGen.Sources;

namespace Giosg.HelpGen.Help;

/// <summary>Everything one command's help topic says, gathered from its code, doc comments and page.</summary>
internal sealed record CommandHelp(
    CmdletDeclaration Cmdlet,
    string Synopsis,
    IReadOnlyList<string> Description,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ParameterDescriptions,
    IReadOnlyList<SectionEntry> Inputs,
    IReadOnlyList<SectionEntry> Outputs,
    IReadOnlyList<string> Notes,
    IReadOnlyList<Example> Examples,
    IReadOnlyList<RelatedLink> Links);
