using System.Management.Automation;
using System.Reflection;

namespace Giosg.HelpGen.Cmdlets;

/// <summary>Finds the cmdlets of an assembly and reads their declarations from attributes.</summary>
internal static class CmdletReader
{
    public static IReadOnlyList<CmdletDeclaration> Read(Assembly assembly) =>
        [.. assembly.GetExportedTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && AttributeArguments.Has<CmdletAttribute>(type))
            .Select(Read)
            .OrderBy(cmdlet => cmdlet.Noun, StringComparer.Ordinal)
            .ThenBy(cmdlet => cmdlet.Verb, StringComparer.Ordinal)];

    private static CmdletDeclaration Read(Type type)
    {
        var cmdlet = AttributeArguments.OfType<CmdletAttribute>(type).Single();
        var defaults = new DefaultValueReader(type);
        var declared = DeclaredProperties(type)
            .Where(property => AttributeArguments.Has<ParameterAttribute>(property))
            .Select(property => Read(property, defaults))
            .OfType<ParameterDeclaration>();
        var implicitParameters = ImplicitParameters.For(
            AttributeArguments.Flag(cmdlet, nameof(CmdletAttribute.SupportsShouldProcess)),
            AttributeArguments.Flag(cmdlet, nameof(CmdletAttribute.SupportsPaging)));

        return new CmdletDeclaration(
            type,
            Verb: (string)cmdlet.ConstructorArguments[0].Value!,
            Noun: (string)cmdlet.ConstructorArguments[1].Value!,
            AttributeArguments.Named<string>(cmdlet, nameof(CmdletAttribute.DefaultParameterSetName)),
            [.. declared, .. implicitParameters],
            OutputTypes(type));
    }

    /// <summary>The cmdlet's properties, its own first and then each base class's, each in source order.</summary>
    private static IEnumerable<PropertyInfo> DeclaredProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(property => Depth(property.DeclaringType!))
            .ThenBy(property => property.MetadataToken);

    private static int Depth(Type declaringType)
    {
        var depth = 0;
        for (var type = declaringType; type is not null; type = type.BaseType)
        {
            depth++;
        }

        return -depth;
    }

    /// <returns>Null for a parameter hidden with <c>DontShow</c>, which help does not list.</returns>
    private static ParameterDeclaration? Read(PropertyInfo property, DefaultValueReader defaults)
    {
        var parameters = AttributeArguments.OfType<ParameterAttribute>(property).ToList();
        if (parameters.Any(data => AttributeArguments.Flag(data, nameof(ParameterAttribute.DontShow))))
        {
            return null;
        }

        var sets = parameters.Select(data => new SetMembership(
            AttributeArguments.Named<string>(data, nameof(ParameterAttribute.ParameterSetName)) ?? ParameterAttribute.AllParameterSets,
            AttributeArguments.Flag(data, nameof(ParameterAttribute.Mandatory)),
            AttributeArguments.Named<int?>(data, nameof(ParameterAttribute.Position)) is >= 0 and var position ? position : null,
            AttributeArguments.Flag(data, nameof(ParameterAttribute.ValueFromPipeline)),
            AttributeArguments.Flag(data, nameof(ParameterAttribute.ValueFromPipelineByPropertyName))))
            .ToList();

        return new ParameterDeclaration(
            property.Name,
            property.PropertyType,
            property,
            [.. AttributeArguments.OfType<AliasAttribute>(property).SelectMany(AttributeArguments.Values).OfType<string>()],
            AcceptedValues(property),
            AttributeArguments.Has<SupportsWildcardsAttribute>(property),
            sets.All(set => set.Mandatory) ? "None" : defaults.Read(property),
            sets);
    }

    private static string[] AcceptedValues(PropertyInfo property)
    {
        var validateSet = AttributeArguments.OfType<ValidateSetAttribute>(property).FirstOrDefault();
        if (validateSet is not null)
        {
            return [.. AttributeArguments.Values(validateSet).OfType<string>()];
        }

        var item = TypeNames.Item(property.PropertyType);
        return item.IsEnum ? Enum.GetNames(item) : [];
    }

    /// <summary>The full names of the <c>[OutputType]</c> types; <c>typeof(void)</c> means the cmdlet writes nothing.</summary>
    private static IReadOnlyList<string> OutputTypes(Type type) =>
        [.. AttributeArguments.OfType<OutputTypeAttribute>(type)
            .SelectMany(AttributeArguments.Values)
            .Select(value => value switch
            {
                Type outputType => TypeNames.Full(outputType),
                string name => name,
                _ => null,
            })
            .OfType<string>()
            .Where(name => name != typeof(void).FullName)
            .Distinct(StringComparer.Ordinal)];
}
