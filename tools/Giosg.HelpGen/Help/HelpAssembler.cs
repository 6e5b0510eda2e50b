using Giosg.HelpGen.Cmdlets;
using Giosg.HelpGen.Sources;

namespace Giosg.HelpGen.Help;

/// <summary>
/// Joins a cmdlet's declaration, doc comments and page into its help, and records a problem for
/// each thing help must have and lacks: a synopsis, a description, a description for every
/// parameter, two examples.
/// </summary>
internal sealed class HelpAssembler(DocComments docs, Problems problems)
{
    private const int MinimumExamples = 2;

    public CommandHelp Assemble(CmdletDeclaration cmdlet, CmdletPage? page)
    {
        var typeName = cmdlet.Type.FullName;
        var synopsis = string.Join(' ', docs.TypeParagraphs(cmdlet.Type, "synopsis"));
        if (synopsis.Length == 0)
        {
            problems.Add(cmdlet.Name, $"no synopsis: add <para type=\"synopsis\"> to the <summary> of {typeName}.");
        }

        var description = docs.TypeParagraphs(cmdlet.Type, "description");
        if (description.Count == 0)
        {
            problems.Add(cmdlet.Name, $"no description: add <para type=\"description\"> to the <summary> of {typeName}.");
        }

        var examples = page?.Examples ?? [];
        if (page is not null && examples.Count < MinimumExamples)
        {
            problems.Add($"{page.Path}(1)", $"{cmdlet.Name} has {examples.Count} example(s); help needs at least {MinimumExamples}, each with code and what it does.");
        }

        return new CommandHelp(
            cmdlet,
            synopsis,
            description,
            ParameterDescriptions(cmdlet, page),
            page?.Inputs is { Count: > 0 } inputs ? inputs : DerivedInputs(cmdlet),
            Outputs(cmdlet, page),
            page?.Notes ?? [],
            examples,
            page?.Links ?? []);
    }

    private Dictionary<string, IReadOnlyList<string>> ParameterDescriptions(CmdletDeclaration cmdlet, CmdletPage? page)
    {
        var fromPage = page?.Parameters ?? [];
        foreach (var note in fromPage)
        {
            var parameter = cmdlet.Parameters.FirstOrDefault(parameter => string.Equals(parameter.Name, note.Name, StringComparison.OrdinalIgnoreCase));
            if (parameter is null)
            {
                problems.Add($"{page!.Path}({note.Line})", $"{cmdlet.Name} has no parameter -{note.Name}.");
            }
            else if (parameter.Property is { } property)
            {
                // One source per text: a parameter with a property is described in its doc comment.
                problems.Add($"{page!.Path}({note.Line})", $"-{note.Name} is described in the XML doc comment of {property.DeclaringType!.FullName}.{property.Name}, not on the page.");
            }
        }

        var descriptions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in cmdlet.Parameters)
        {
            IReadOnlyList<string> description = parameter.Property is { } property
                ? docs.PropertyDescription(property)
                : fromPage.FirstOrDefault(note => string.Equals(note.Name, parameter.Name, StringComparison.OrdinalIgnoreCase))?.Description
                    ?? [parameter.FixedDescription ?? string.Empty];
            if (description.All(string.IsNullOrWhiteSpace))
            {
                var where = parameter.Property is { } declared ? $"{declared.DeclaringType!.FullName}.{declared.Name}" : "the page's '## Parameters'";
                problems.Add($"{cmdlet.Name} -{parameter.Name}", $"no description: add <para type=\"description\"> to the <summary> of {where}.");
            }

            descriptions[parameter.Name] = description;
        }

        return descriptions;
    }

    /// <summary>Without a page's '## Inputs', the types its parameters take by value, or None.</summary>
    private static List<SectionEntry> DerivedInputs(CmdletDeclaration cmdlet)
    {
        var byValue = cmdlet.Parameters
            .Where(parameter => parameter.Sets.Any(set => set.ByValue))
            .Select(parameter => new SectionEntry(TypeNames.Full(TypeNames.Item(parameter.Type)), [$"Binds to -{parameter.Name}."], 0))
            .ToList();
        return byValue.Count > 0 ? byValue : [new SectionEntry("None", ["The cmdlet takes no pipeline input."], 0)];
    }

    /// <summary>The <c>[OutputType]</c> types, each with the page's description of it; the page cannot invent others.</summary>
    private List<SectionEntry> Outputs(CmdletDeclaration cmdlet, CmdletPage? page)
    {
        var described = page?.Outputs ?? [];
        var writesNothing = cmdlet.OutputTypes.Count == 0;
        foreach (var note in described.Where(note => !(writesNothing && note.Name == "None") && !cmdlet.OutputTypes.Any(type => Names(type, note.Name))))
        {
            problems.Add($"{page!.Path}({note.Line})", $"'{note.Name}' is not an [OutputType] of {cmdlet.Name} ({string.Join(", ", cmdlet.OutputTypes.DefaultIfEmpty("none"))}).");
        }

        if (writesNothing)
        {
            return [new SectionEntry("None", described.FirstOrDefault(note => note.Name == "None")?.Description ?? ["The cmdlet writes no objects."], 0)];
        }

        return [.. cmdlet.OutputTypes.Select(type => new SectionEntry(type, described.FirstOrDefault(note => Names(type, note.Name))?.Description ?? [], 0))];
    }

    /// <summary>A page may name a type in full or by its short name.</summary>
    private static bool Names(string fullName, string name) =>
        string.Equals(fullName, name, StringComparison.Ordinal) || fullName.EndsWith("." + name, StringComparison.Ordinal);
}
