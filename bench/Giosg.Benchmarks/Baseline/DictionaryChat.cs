using System.Text.Json;

namespace Giosg.Benchmarks.Baseline;

/// <summary>
/// A chat as a property bag, every field kept: roughly what <c>ConvertFrom-Json</c> gives a
/// PowerShell script. Strings stay strings (dates are not parsed), numbers become long or double.
/// </summary>
internal static class DictionaryChat
{
    public static Dictionary<string, object?> From(JsonElement chat)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in chat.EnumerateObject())
        {
            properties[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number when property.Value.TryGetInt64(out var whole) => whole,
                JsonValueKind.Number => property.Value.GetDouble(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => null,
            };
        }

        return properties;
    }
}
