using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using Giosg.Client.Reporting;

namespace Giosg.PowerShell.Reporting;

/// <summary>
/// Completes Reporting API dimensions (002): every dimension for -GroupBy, the ones each
/// aggregation allows for -Sum, -Average and -UniqueCount, and a one-entry hashtable for -Filter.
/// </summary>
public sealed class DimensionCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var prefix = (wordToComplete ?? string.Empty).Trim('\'', '"', '@', '{', ' ');
        var dimensions = parameterName switch
        {
            "Sum" => ReportingCatalog.DimensionsFor(ReportingCatalog.Sum),
            "Average" => ReportingCatalog.DimensionsFor(ReportingCatalog.Average),
            "UniqueCount" => ReportingCatalog.DimensionsFor(ReportingCatalog.HyperUnique),
            "Filter" => ReportingCatalog.Dimensions.Where(dimension => dimension != ReportingCatalog.ScopeDimension).ToList(),
            _ => ReportingCatalog.Dimensions,
        };

        return dimensions
            .Where(dimension => dimension.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(dimension => new CompletionResult(
                parameterName == "Filter" ? $"@{{ {dimension} = '' }}" : dimension, dimension, CompletionResultType.ParameterValue, dimension))
            .ToList();
    }
}
