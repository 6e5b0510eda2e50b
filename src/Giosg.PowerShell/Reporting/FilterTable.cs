using System.Collections;
using System.Globalization;
using System.Management.Automation;
using Giosg.Client.Reporting;

namespace Giosg.PowerShell.Reporting;

/// <summary>
/// Reads -Filter: each key a dimension, each value one accepted value or an array of them, as
/// text the way the API writes it (GUIDs in the D form, numbers and dates invariant).
/// </summary>
internal static class FilterTable
{
    public static Dictionary<string, IReadOnlyList<string?>> Read(Hashtable? table)
    {
        var filter = new Dictionary<string, IReadOnlyList<string?>>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in table ?? [])
        {
            if (Unwrap(entry.Key) is not string { Length: > 0 } dimension)
            {
                throw Invalid(entry.Key, $"A -Filter key is '{entry.Key}', not a dimension name.");
            }

            var value = Unwrap(entry.Value);
            filter[dimension] = value is IEnumerable values and not string
                ? values.Cast<object?>().Select(item => Text(dimension, item)).ToList()
                : [Text(dimension, value)];
        }

        return filter;
    }

    private static string? Text(string dimension, object? value) => Unwrap(value) switch
    {
        null => null,
        string text => text,
        Guid id => id.ToString("D"),
        bool flag => flag ? "true" : "false",
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable number when number is not IEnumerable => number.ToString(null, CultureInfo.InvariantCulture),
        var other when other is IEnumerable or IDictionary => throw Invalid(dimension, $"The -Filter value of '{dimension}' holds a nested list or table."),
        var other => other.ToString(),
    };

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

    private static ReportingQueryException Invalid(object? value, string message) =>
        new(ReportingQueryProblem.InvalidFilter, message, "Filter", value,
            "Write -Filter as @{ dimension = 'value' } or @{ dimension = 'one', 'other' }; see Get-Help Measure-GiosgChatSession -Examples.");
}
