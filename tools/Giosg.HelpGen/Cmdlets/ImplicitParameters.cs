using System.Management.Automation;

namespace Giosg.HelpGen.Cmdlets;

/// <summary>
/// The parameters PowerShell adds to a cmdlet from its <c>[Cmdlet]</c> flags: -WhatIf and -Confirm
/// (SupportsShouldProcess), -First, -Skip and -IncludeTotalCount (SupportsPaging). They are not
/// common parameters, so Get-Help lists them; having no property they have no doc comment, so
/// they get these generic descriptions unless the cmdlet's page describes them.
/// </summary>
internal static class ImplicitParameters
{
    public static IEnumerable<ParameterDeclaration> For(bool supportsShouldProcess, bool supportsPaging)
    {
        if (supportsPaging)
        {
            yield return Named("First", typeof(ulong), [],
                "Writes at most this many objects.");
            yield return Named("Skip", typeof(ulong), [],
                "Skips this many objects before writing the rest.");
            yield return Named("IncludeTotalCount", typeof(SwitchParameter), [],
                "Also writes the total number of objects, as a number whose Accuracy property says how reliable it is.");
        }

        if (supportsShouldProcess)
        {
            yield return Named("WhatIf", typeof(SwitchParameter), ["wi"],
                "Shows what the cmdlet would change, without changing anything.");
            yield return Named("Confirm", typeof(SwitchParameter), ["cf"],
                "Asks for confirmation before each change.");
        }
    }

    private static ParameterDeclaration Named(string name, Type type, IReadOnlyList<string> aliases, string description) => new(
        name,
        type,
        Property: null,
        aliases,
        AcceptedValues: [],
        SupportsWildcards: false,
        DefaultValue: type == typeof(SwitchParameter) ? "False" : "None",
        Sets: [new SetMembership(ParameterAttribute.AllParameterSets, Mandatory: false, Position: null, ByValue: false, ByPropertyName: false)],
        FixedDescription: description);
}
