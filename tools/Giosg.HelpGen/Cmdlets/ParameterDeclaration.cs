using System.Management.Automation;
using System.Reflection;

namespace Giosg.HelpGen.Cmdlets;

/// <summary>One parameter of a cmdlet, with its place in each parameter set.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Type">The property's type, e.g. <c>Guid[]</c>, <c>Nullable&lt;Guid&gt;</c> or <see cref="SwitchParameter"/>.</param>
/// <param name="Property">The property behind it; null for the parameters PowerShell adds (-WhatIf, -First, ...).</param>
/// <param name="Aliases">Its <c>[Alias]</c> names.</param>
/// <param name="AcceptedValues">The values it takes: its <c>[ValidateSet]</c>, else its enum's names, else none.</param>
/// <param name="SupportsWildcards">Whether it is declared <c>[SupportsWildcards]</c>.</param>
/// <param name="DefaultValue">Its default as help shows it.</param>
/// <param name="Sets">The parameter sets it belongs to, and how.</param>
/// <param name="FixedDescription">The description of a parameter PowerShell adds, which has no doc comment.</param>
internal sealed record ParameterDeclaration(
    string Name,
    Type Type,
    PropertyInfo? Property,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> AcceptedValues,
    bool SupportsWildcards,
    string DefaultValue,
    IReadOnlyList<SetMembership> Sets,
    string? FixedDescription = null)
{
    public bool IsSwitch => Type == typeof(SwitchParameter);

    /// <summary>Its place in a set: its own entry for the set, or its entry for all sets.</summary>
    public SetMembership? MembershipIn(string setName) =>
        Sets.FirstOrDefault(set => set.Name == setName) ?? Sets.FirstOrDefault(set => set.Name == ParameterAttribute.AllParameterSets);
}

/// <summary>How a parameter takes part in one parameter set.</summary>
internal sealed record SetMembership(string Name, bool Mandatory, int? Position, bool ByValue, bool ByPropertyName);
