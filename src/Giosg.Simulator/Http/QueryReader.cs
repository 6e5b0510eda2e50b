using System.Globalization;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Http;

/// <summary>
/// Reads query parameters the way Django does: the last value wins, an empty value means "not given",
/// and a value that cannot be read is a 400 naming the parameter.
/// </summary>
internal sealed class QueryReader(IQueryCollection query)
{
    public ApiError? Error { get; private set; }

    public string? Text(string name)
    {
        var values = query[name];
        return values.Count == 0 || string.IsNullOrEmpty(values[^1]) ? null : values[^1];
    }

    /// <summary>true/false (any case) or 1/0, as django-filter's boolean widget accepts.</summary>
    public bool? Boolean(string name)
    {
        var text = Text(name);
        switch (text?.ToUpperInvariant())
        {
            case null:
                return null;
            case "TRUE" or "1":
                return true;
            case "FALSE" or "0":
                return false;
            default:
                Fail(name, $"'{text}' is not a valid boolean; use true or false.");
                return null;
        }
    }

    public DateTimeOffset? DateTime(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        if (DateTimeText.TryParse(text, out var value))
        {
            return value;
        }

        Fail(name, "Enter a valid date/time.");
        return null;
    }

    /// <summary>One of <paramref name="choices"/>, as DRF's ordering and Django's choice fields word it.</summary>
    public string? Choice(string name, IReadOnlyCollection<string> choices)
    {
        var text = Text(name);
        if (text is null || choices.Contains(text))
        {
            return text;
        }

        Fail(name, $"Select a valid choice. {text} is not one of the available choices: {string.Join(", ", choices)}.");
        return null;
    }

    /// <summary>Records a problem with a parameter; the first one is reported.</summary>
    public void Fail(string name, string message) => Error ??= ApiError.Field(name, message);
}
