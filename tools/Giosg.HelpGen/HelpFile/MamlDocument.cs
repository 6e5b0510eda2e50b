using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Giosg.HelpGen.Help;
using Giosg.HelpGen.Sources;
using static Giosg.HelpGen.HelpFile.MamlNames;

namespace Giosg.HelpGen.HelpFile;

/// <summary>
/// Writes the help file PowerShell reads for a binary module's cmdlets
/// (<c>&lt;culture&gt;/&lt;Assembly&gt;.dll-Help.xml</c>): one <c>command:command</c> per cmdlet, in the
/// element order of PowerShell's own and platyPS's help files.
/// </summary>
internal static class MamlDocument
{
    public static XDocument Build(IEnumerable<CommandHelp> commands) =>
        new(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(HelpItems + "helpItems", new XAttribute("schema", "maml"), commands.Select(CommandElement)));

    /// <summary>Saves as UTF-8 without a byte order mark and with LF line ends, so the file is the same on every machine.</summary>
    public static void Save(XDocument document, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true, NewLineChars = "\n" };
        using var writer = XmlWriter.Create(path, settings);
        document.Save(writer);
    }

    private static XElement CommandElement(CommandHelp help)
    {
        var cmdlet = help.Cmdlet;
        return new XElement(
            MamlNames.Command + "command",
            Declarations(),
            new XElement(
                MamlNames.Command + "details",
                new XElement(MamlNames.Command + "name", cmdlet.Name),
                new XElement(MamlNames.Command + "verb", cmdlet.Verb),
                new XElement(MamlNames.Command + "noun", cmdlet.Noun),
                Description([help.Synopsis])),
            Description(help.Description),
            new XElement(MamlNames.Command + "syntax", cmdlet.ParameterSets.Select(set => new XElement(
                MamlNames.Command + "syntaxItem",
                new XElement(Maml + "name", cmdlet.Name),
                cmdlet.ParametersOf(set).Select(entry => MamlParameters.InSyntax(entry.Parameter, entry.Membership))))),
            new XElement(MamlNames.Command + "parameters", ListedParameters(help)),
            new XElement(MamlNames.Command + "inputTypes", help.Inputs.Select(input => TypeEntry("inputType", input))),
            new XElement(MamlNames.Command + "returnValues", help.Outputs.Select(output => TypeEntry("returnValue", output))),
            help.Notes.Count > 0 ? new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paras(help.Notes))) : null,
            new XElement(MamlNames.Command + "examples", help.Examples.Select(Example)),
            new XElement(Maml + "relatedLinks", help.Links.Select(Link)));
    }

    /// <summary>
    /// Each parameter once: positional ones by position, then those mandatory in a set, then the
    /// rest in declaration order, which ends with the ones PowerShell adds (-WhatIf, -First, ...).
    /// </summary>
    private static IEnumerable<XElement> ListedParameters(CommandHelp help) =>
        help.Cmdlet.Parameters
            .OrderBy(parameter => parameter.Sets.Min(set => set.Position) ?? int.MaxValue)
            .ThenBy(parameter => parameter.Sets.Any(set => set.Mandatory) ? 0 : 1)
            .Select(parameter => MamlParameters.InList(parameter, help.ParameterDescriptions[parameter.Name]));

    private static XElement TypeEntry(string element, SectionEntry note) =>
        new(
            MamlNames.Command + element,
            new XElement(Dev + "type", new XElement(Maml + "name", note.Name), new XElement(Maml + "uri")),
            Description(note.Description));

    private static XElement Example(Example example, int index) =>
        new(
            MamlNames.Command + "example",
            new XElement(Maml + "title", string.Create(CultureInfo.InvariantCulture, $"-------------------------- Example {index + 1}: {example.Title} --------------------------")),
            new XElement(Dev + "code", example.Code),
            // The empty paragraph separates the example from the next one's title, as in PowerShell's own help.
            new XElement(Dev + "remarks", Paras([.. example.Remarks, string.Empty])));

    private static XElement Link(RelatedLink link) =>
        new(
            Maml + "navigationLink",
            new XElement(Maml + "linkText", link.Text),
            new XElement(Maml + "uri", link.Uri?.AbsoluteUri ?? string.Empty));
}
