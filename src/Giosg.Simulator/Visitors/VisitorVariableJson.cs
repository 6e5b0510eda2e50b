using System.Text.Json;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Visitors;

/// <summary>Writes a visitor variable: <c>{"key", "value", "created_at", "updated_at"}</c>; the value is always a string.</summary>
internal static class VisitorVariableJson
{
    private static readonly JsonEncodedText Key = JsonEncodedText.Encode("key");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText CreatedAt = JsonEncodedText.Encode("created_at");
    private static readonly JsonEncodedText UpdatedAt = JsonEncodedText.Encode("updated_at");

    public static void Write(Utf8JsonWriter writer, VisitorVariable variable, bool utcDesignator)
    {
        writer.WriteStartObject();
        writer.WriteString(Key, variable.Key);
        writer.WriteString(Value, variable.Value);
        writer.WriteDateTime(CreatedAt, variable.CreatedTicks, utcDesignator);
        writer.WriteDateTime(UpdatedAt, variable.UpdatedTicks, utcDesignator);
        writer.WriteEndObject();
    }
}
