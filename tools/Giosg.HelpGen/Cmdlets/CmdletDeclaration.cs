using System.Management.Automation;

namespace Giosg.HelpGen.Cmdlets;

/// <summary>What a cmdlet class declares: its name, parameters, parameter sets and output types.</summary>
internal sealed record CmdletDeclaration(
    Type Type,
    string Verb,
    string Noun,
    string? DefaultParameterSet,
    IReadOnlyList<ParameterDeclaration> Parameters,
    IReadOnlyList<string> OutputTypes)
{
    public string Name => $"{Verb}-{Noun}";

    /// <summary>
    /// The parameter sets, the default first; a cmdlet whose parameters name no set has one,
    /// <see cref="ParameterAttribute.AllParameterSets"/>.
    /// </summary>
    public IReadOnlyList<string> ParameterSets
    {
        get
        {
            var named = Parameters.SelectMany(parameter => parameter.Sets).Select(set => set.Name)
                .Where(name => name != ParameterAttribute.AllParameterSets)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (named.Count == 0)
            {
                return [ParameterAttribute.AllParameterSets];
            }

            return [.. named.OrderBy(name => name == DefaultParameterSet ? 0 : 1)];
        }
    }

    /// <summary>
    /// The parameters of one set, as PowerShell shows a syntax: positional ones by position, then
    /// mandatory ones, then the rest in declaration order.
    /// </summary>
    public IReadOnlyList<(ParameterDeclaration Parameter, SetMembership Membership)> ParametersOf(string setName) =>
        [.. Parameters
            .Select(parameter => (Parameter: parameter, Membership: parameter.MembershipIn(setName)))
            .Where(entry => entry.Membership is not null)
            .Select(entry => (entry.Parameter, Membership: entry.Membership!))
            .OrderBy(entry => entry.Membership.Position ?? int.MaxValue)
            .ThenBy(entry => entry.Membership.Mandatory ? 0 : 1)];
}
