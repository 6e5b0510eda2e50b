using System.Xml.Linq;
using Giosg.HelpGen.Cmdlets;
using static Giosg.HelpGen.HelpFile.MamlNames;

namespace Giosg.HelpGen.HelpFile;

/// <summary>
/// The <c>command:parameter</c> elements: one per parameter in each syntax item, and one per
/// parameter in the command's parameter list, whose attributes sum up every set it is in.
/// </summary>
internal static class MamlParameters
{
    /// <summary>A parameter as one syntax shows it: a switch has no value, a set of values shows as {a | b}.</summary>
    public static XElement InSyntax(ParameterDeclaration parameter, SetMembership membership) =>
        Element(parameter, [membership], description: null, forSyntax: true);

    /// <summary>A parameter in the command's parameter list.</summary>
    public static XElement InList(ParameterDeclaration parameter, IReadOnlyList<string> description) =>
        Element(parameter, parameter.Sets, description, forSyntax: false);

    private static XElement Element(ParameterDeclaration parameter, IReadOnlyList<SetMembership> sets, IReadOnlyList<string>? description, bool forSyntax)
    {
        var element = new XElement(
            Command + "parameter",
            // Required only where every set it is in requires it; Stop-GiosgChat's -ChatId is in one set, mandatory there.
            new XAttribute("required", sets.All(set => set.Mandatory) ? "true" : "false"),
            new XAttribute("variableLength", parameter.Type.IsArray ? "true" : "false"),
            new XAttribute("globbing", parameter.SupportsWildcards ? "true" : "false"),
            new XAttribute("pipelineInput", PipelineInput(sets)),
            new XAttribute("position", sets.Select(set => set.Position).FirstOrDefault(position => position is not null)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "named"),
            new XAttribute("aliases", parameter.Aliases.Count > 0 ? string.Join(", ", parameter.Aliases) : "none"),
            new XElement(Maml + "name", parameter.Name));

        if (description is not null)
        {
            element.Add(Description(description));
        }

        if (parameter.AcceptedValues.Count > 0)
        {
            element.Add(new XElement(
                Command + "parameterValueGroup",
                parameter.AcceptedValues.Select(value => new XElement(
                    Command + "parameterValue",
                    new XAttribute("required", "false"),
                    new XAttribute(Command + "variableLength", "false"),
                    value))));
        }

        if (!(forSyntax && parameter.IsSwitch))
        {
            element.Add(new XElement(
                Command + "parameterValue",
                new XAttribute("required", parameter.IsSwitch ? "false" : "true"),
                new XAttribute("variableLength", "false"),
                TypeNames.Short(parameter.Type)));
        }

        element.Add(
            new XElement(Dev + "type", new XElement(Maml + "name", TypeNames.Full(parameter.Type)), new XElement(Maml + "uri")),
            new XElement(Dev + "defaultValue", parameter.DefaultValue));
        return element;
    }

    /// <summary>Get-Help prints this text as "Accept pipeline input?".</summary>
    private static string PipelineInput(IReadOnlyList<SetMembership> sets)
    {
        var ways = new List<string>();
        if (sets.Any(set => set.ByPropertyName))
        {
            ways.Add("ByPropertyName");
        }

        if (sets.Any(set => set.ByValue))
        {
            ways.Add("ByValue");
        }

        return ways.Count == 0 ? "False" : $"True ({string.Join(", ", ways)})";
    }
}
