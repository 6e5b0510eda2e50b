using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Giosg.Client.Reporting;

/// <summary>Turns the API's fields and datapoints into typed values and PascalCase column names.</summary>
internal static class ReportingResponseReader
{
    private const string StartTime = "start_time";

    /// <exception cref="FormatException">The answer does not have 002's shape (a datapoint of the wrong length, a field without a name).</exception>
    public static ChatSessionReport Read(ReportingResponse response)
    {
        var fields = new List<ChatSessionField>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in response.Fields ?? [])
        {
            var name = string.IsNullOrEmpty(field.Name) ? throw new FormatException("a field without a name") : field.Name!;
            var property = PascalCase(name);
            for (var n = 2; !names.Add(property); n++)
            {
                property = PascalCase(name) + n.ToString(CultureInfo.InvariantCulture);
            }

            fields.Add(new ChatSessionField(name, string.Equals(field.Type, "metric", StringComparison.OrdinalIgnoreCase), property));
        }

        var datapoints = new List<IReadOnlyList<object?>>();
        foreach (var datapoint in response.Data ?? [])
        {
            if (datapoint.Count != fields.Count)
            {
                throw new FormatException($"a datapoint of {datapoint.Count} values for {fields.Count} fields");
            }

            var values = new object?[fields.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Value(fields[i], datapoint[i]);
            }

            datapoints.Add(values);
        }

        return new ChatSessionReport(fields, datapoints);
    }

    /// <summary><c>visitor_ids_hyper_unique</c> → <c>VisitorIdsHyperUnique</c>; letters after the first of each part are kept.</summary>
    internal static string PascalCase(string name)
    {
        var result = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            result.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return result.Length == 0 ? name : result.ToString();
    }

    private static object? Value(ChatSessionField field, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (field.Name == StartTime && value.ValueKind == JsonValueKind.String)
        {
            // No offset means UTC, as everywhere in the Giosg API.
            return DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
                ? time
                : throw new FormatException($"'{value.GetString()}' as {StartTime}");
        }

        if (!field.IsMetric)
        {
            return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (field.Name == ReportingCatalog.Count && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"'{text}' as the metric {field.Name}");
    }
}
