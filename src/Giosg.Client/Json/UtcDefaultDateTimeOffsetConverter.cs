using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Giosg.Client.Json;

/// <summary>
/// Reads the API's date-times, which come both with an offset (<c>2016-09-01T11:31:36.042Z</c>)
/// and without one (<c>2015-02-13T11:31:36.042</c>). The API means UTC in both cases, whereas
/// the default converter would read the second in the machine's local time zone.
/// </summary>
internal sealed class UtcDefaultDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date-time string, found {reader.TokenType}.");
        }

        ReadOnlySpan<byte> text = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (!reader.ValueIsEscaped && !HasOffset(text))
        {
            if (reader.TryGetDateTime(out var unspecified))
            {
                return new DateTimeOffset(DateTime.SpecifyKind(unspecified, DateTimeKind.Utc));
            }
        }
        else if (reader.TryGetDateTimeOffset(out var withOffset))
        {
            return withOffset;
        }

        // Rare shapes (escaped text, a space instead of 'T'): parse leniently, still UTC by default.
        var value = reader.GetString();
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed;
        }

        throw new JsonException($"'{value}' is not an ISO 8601 date-time.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        // Always UTC with 'Z', the form every documented filter accepts.
        Span<byte> buffer = stackalloc byte[40];
        var utc = value.UtcDateTime;
        Utf8Formatter.TryFormat(utc, buffer, out var written, new StandardFormat('O'));
        writer.WriteStringValue(buffer.Slice(0, written));
    }

    /// <summary>True when the text after the time of day carries 'Z' or a ±hh:mm offset.</summary>
    internal static bool HasOffset(ReadOnlySpan<byte> text)
    {
        var timeStart = text.IndexOf((byte)'T');
        if (timeStart < 0)
        {
            timeStart = text.IndexOf((byte)' ');
        }

        if (timeStart < 0)
        {
            return false;
        }

        var time = text.Slice(timeStart + 1);
        return time.IndexOfAny((byte)'Z', (byte)'z') >= 0 || time.IndexOfAny((byte)'+', (byte)'-') >= 0;
    }
}
