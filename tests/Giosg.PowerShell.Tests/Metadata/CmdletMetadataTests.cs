using System.Management.Automation;
using System.Reflection;
using System.Text.RegularExpressions;
using Giosg.PowerShell.Chats;
using Giosg.PowerShell.Tests.Infrastructure;

namespace Giosg.PowerShell.Tests.Metadata;

/// <summary>Checks cmdlet declarations through CustomAttributeData: no PowerShell host is needed to read them.</summary>
public sealed partial class CmdletMetadataTests
{
    private static readonly Assembly Module = typeof(GetGiosgChatCommand).Assembly;

    public static TheoryData<string> CmdletTypes() => [.. Cmdlets().Select(type => type.FullName!)];

    private static IEnumerable<Type> Cmdlets() =>
        Module.GetExportedTypes().Where(type => !type.IsAbstract && CustomAttributeData.GetCustomAttributes(type).Any(IsCmdletAttribute));

    private static bool IsCmdletAttribute(CustomAttributeData data) => data.AttributeType == typeof(CmdletAttribute);

    private static (string Verb, string Noun, CustomAttributeData Data) CmdletOf(Type type)
    {
        var data = CustomAttributeData.GetCustomAttributes(type).Single(IsCmdletAttribute);
        return ((string)data.ConstructorArguments[0].Value!, (string)data.ConstructorArguments[1].Value!, data);
    }

    private static object? Named(CustomAttributeData data, string name) =>
        data.NamedArguments.Where(argument => argument.MemberName == name).Select(argument => argument.TypedValue.Value).FirstOrDefault();

    private static HashSet<string> ApprovedVerbs() =>
        typeof(VerbsCommon).Assembly.GetExportedTypes()
            .Where(type => type.Namespace == "System.Management.Automation" && type.Name.StartsWith("Verbs", StringComparison.Ordinal))
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void The_module_has_the_documented_cmdlets() =>
        Assert.Equal(
            [
                "Add-GiosgChatMember", "Add-GiosgChatPresence", "Add-GiosgChatTag", "Close-GiosgStaleChat", "Connect-Giosg", "Disconnect-Giosg", "Export-GiosgChat",
                "Get-GiosgAllowedChatTag", "Get-GiosgChat", "Get-GiosgChatInvitation", "Get-GiosgChatMembership", "Get-GiosgChatMessage",
                "Get-GiosgChatParticipation", "Get-GiosgChatPresence", "Get-GiosgChatTag", "Get-GiosgChatTranscript", "Get-GiosgChatVisitorVariable",
                "Get-GiosgConnection", "Get-GiosgConversationStarter", "Get-GiosgReplySuggestion", "Measure-GiosgChatSession", "New-GiosgChat",
                "New-GiosgChatInvitation", "New-GiosgReplySuggestion", "Remove-GiosgChatPresence", "Remove-GiosgChatTag", "Remove-GiosgConversationStarter",
                "Send-GiosgChatMessage", "Set-GiosgChat", "Set-GiosgChatInvitation", "Set-GiosgChatMembership", "Set-GiosgConversationStarter",
                "Set-GiosgReplySuggestion", "Stop-GiosgChat",
            ],
            Cmdlets().Select(CmdletOf).Select(cmdlet => $"{cmdlet.Verb}-{cmdlet.Noun}").Order());

    [Theory]
    [MemberData(nameof(CmdletTypes))]
    public void Verbs_are_approved_and_nouns_singular_with_the_giosg_prefix(string typeName)
    {
        var (verb, noun, _) = CmdletOf(Module.GetType(typeName)!);

        Assert.Contains(verb, ApprovedVerbs());
        Assert.StartsWith("Giosg", noun, StringComparison.Ordinal);
        Assert.False(noun.EndsWith('s'), $"{noun} should be singular");
        Assert.Equal($"{verb}{noun}Command", Module.GetType(typeName)!.Name);
    }

    [Theory]
    [MemberData(nameof(CmdletTypes))]
    public void Every_cmdlet_declares_its_output_type(string typeName)
    {
        var outputType = CustomAttributeData.GetCustomAttributes(Module.GetType(typeName)!).SingleOrDefault(data => data.AttributeType == typeof(OutputTypeAttribute));
        Assert.NotNull(outputType);
    }

    [Theory]
    [MemberData(nameof(CmdletTypes))]
    public void Cmdlets_with_several_parameter_sets_name_an_existing_default(string typeName)
    {
        var type = Module.GetType(typeName)!;
        var sets = type.GetProperties()
            .SelectMany(CustomAttributeData.GetCustomAttributes)
            .Where(data => data.AttributeType == typeof(ParameterAttribute))
            .Select(data => Named(data, nameof(ParameterAttribute.ParameterSetName)) as string)
            .OfType<string>()
            .Where(name => name != ParameterAttribute.AllParameterSets)
            .ToHashSet();

        if (sets.Count > 1)
        {
            var defaultSet = Named(CmdletOf(type).Data, nameof(CmdletAttribute.DefaultParameterSetName)) as string;
            Assert.NotNull(defaultSet);
            Assert.Contains(defaultSet, sets);
        }
    }

    [Fact]
    public void Get_GiosgChat_takes_chats_and_ids_from_the_pipeline()
    {
        var id = typeof(GetGiosgChatCommand).GetProperty(nameof(GetGiosgChatCommand.Id))!;
        var parameter = CustomAttributeData.GetCustomAttributes(id).Single(data => data.AttributeType == typeof(ParameterAttribute));
        var alias = CustomAttributeData.GetCustomAttributes(id).Single(data => data.AttributeType == typeof(AliasAttribute));

        Assert.Equal(true, Named(parameter, nameof(ParameterAttribute.ValueFromPipeline)));
        Assert.Equal(typeof(object[]), id.PropertyType);
        var aliases = ((IEnumerable<CustomAttributeTypedArgument>)alias.ConstructorArguments[0].Value!).Select(argument => (string)argument.Value!);
        Assert.Contains("ChatId", aliases);
        Assert.Equal(true, Named(CmdletOf(typeof(GetGiosgChatCommand)).Data, nameof(CmdletAttribute.SupportsPaging)));
    }

    /// <summary>
    /// The bug this guards against: a Chat-typed pipeline parameter let PowerShell convert any
    /// object into an empty Chat, whose id 00000000-... was then sent. Inputs are read by
    /// ChatInputs instead, so only object-typed parameters take whole pipeline objects.
    /// </summary>
    [Theory]
    [MemberData(nameof(CmdletTypes))]
    public void No_pipeline_parameter_has_a_type_PowerShell_could_coerce_an_object_into(string typeName)
    {
        foreach (var property in Module.GetType(typeName)!.GetProperties())
        {
            var parameters = CustomAttributeData.GetCustomAttributes(property).Where(data => data.AttributeType == typeof(ParameterAttribute));
            if (parameters.Any(data => Named(data, nameof(ParameterAttribute.ValueFromPipeline)) is true))
            {
                Assert.Equal(typeof(object[]), property.PropertyType);
            }

            if (parameters.Any(data => Named(data, nameof(ParameterAttribute.ValueFromPipelineByPropertyName)) is true))
            {
                Assert.True(property.PropertyType == typeof(string) || property.PropertyType == typeof(string[]), $"{property.Name} binds by property name as {property.PropertyType.Name}: a CSV cell would fail to convert");
            }
        }
    }

    [Fact]
    public void Every_cmdlet_that_uses_the_api_takes_a_connection()
    {
        foreach (var type in Cmdlets().Where(type => CmdletOf(type).Noun != "Giosg" && CmdletOf(type).Noun != "GiosgConnection"))
        {
            Assert.NotNull(type.GetProperty("Connection"));
        }
    }

    [Fact]
    public void The_manifest_exports_exactly_the_cmdlets_of_the_assembly_at_the_assemblys_version()
    {
        var manifest = File.ReadAllText(RepositoryFiles.Path("module", "Giosg.PowerShell.psd1"));
        var block = CmdletsToExport().Match(manifest);
        Assert.True(block.Success, "CmdletsToExport must be an explicit list");
        var exported = Quoted().Matches(block.Groups[1].Value).Select(match => match.Groups[1].Value).Order();

        Assert.Equal(Cmdlets().Select(CmdletOf).Select(cmdlet => $"{cmdlet.Verb}-{cmdlet.Noun}").Order(), exported);

        var version = ModuleVersion().Match(manifest).Groups[1].Value;
        Assert.Equal(Module.GetName().Version!.ToString(3), version);
    }

    [GeneratedRegex(@"CmdletsToExport\s*=\s*@\(([^)]*)\)")]
    private static partial Regex CmdletsToExport();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"ModuleVersion\s*=\s*'([^']+)'")]
    private static partial Regex ModuleVersion();
}
