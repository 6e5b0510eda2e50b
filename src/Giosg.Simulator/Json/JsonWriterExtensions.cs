using System.Text.Json;

namespace Giosg.Simulator.Json;

/// <summary>The nullable and empty values Giosg's JSON is full of.</summary>
internal static class JsonWriterExtensions
{
    public static void WriteStringOrNull(this Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    public static void WriteStringOrNull(this Utf8JsonWriter writer, JsonEncodedText name, Guid? value)
    {
        if (value is { } id)
        {
            writer.WriteString(name, id);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteNumberOrNull(this Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Seconds rounded to milliseconds; NaN stands for null.</summary>
    public static void WriteSecondsOrNull(this Utf8JsonWriter writer, JsonEncodedText name, float seconds)
    {
        if (float.IsNaN(seconds))
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteNumber(name, Math.Round((double)seconds, 3));
        }
    }

    public static void WriteEmptyArray(this Utf8JsonWriter writer, JsonEncodedText name)
    {
        writer.WriteStartArray(name);
        writer.WriteEndArray();
    }
}
