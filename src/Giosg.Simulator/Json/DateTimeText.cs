using System.Globalization;
using System.Text.Json;

namespace Giosg.Simulator.Json;

/// <summary>
/// Giosg's datetimes: UTC with milliseconds, written either without an offset
/// (<c>2015-02-13T11:31:36.042</c>, as the docs show) or with <c>Z</c>. The simulator alternates per
/// chat so clients must read both; a value without an offset means UTC.
/// </summary>
internal static class DateTimeText
{
    /// <summary>Length of <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
    public const int MaxLength = 24;

    private static readonly string[] InputFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd",
    ];

    public static void WriteDateTime(this Utf8JsonWriter writer, JsonEncodedText name, long utcTicks, bool utcDesignator)
    {
        Span<byte> text = stackalloc byte[MaxLength];
        writer.WriteString(name, text[..Format(utcTicks, utcDesignator, text)]);
    }

    /// <summary>Writes the datetime, or <c>null</c> when <paramref name="utcTicks"/> is 0 (not set).</summary>
    public static void WriteDateTimeOrNull(this Utf8JsonWriter writer, JsonEncodedText name, long utcTicks, bool utcDesignator)
    {
        if (utcTicks == 0)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteDateTime(name, utcTicks, utcDesignator);
        }
    }

    /// <summary>Formats into UTF-8 by hand: this runs for every timestamp of every page served.</summary>
    public static int Format(long utcTicks, bool utcDesignator, Span<byte> destination)
    {
        var time = new DateTime(utcTicks, DateTimeKind.Utc);
        Digits(destination[..4], time.Year);
        destination[4] = (byte)'-';
        Digits(destination.Slice(5, 2), time.Month);
        destination[7] = (byte)'-';
        Digits(destination.Slice(8, 2), time.Day);
        destination[10] = (byte)'T';
        Digits(destination.Slice(11, 2), time.Hour);
        destination[13] = (byte)':';
        Digits(destination.Slice(14, 2), time.Minute);
        destination[16] = (byte)':';
        Digits(destination.Slice(17, 2), time.Second);
        destination[19] = (byte)'.';
        Digits(destination.Slice(20, 3), time.Millisecond);
        if (!utcDesignator)
        {
            return 23;
        }

        destination[23] = (byte)'Z';
        return 24;
    }

    public static string ToText(long utcTicks, bool utcDesignator = true)
    {
        Span<byte> text = stackalloc byte[MaxLength];
        return System.Text.Encoding.ASCII.GetString(text[..Format(utcTicks, utcDesignator, text)]);
    }

    /// <summary>Parses an ISO 8601 date or datetime; no offset means UTC.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(
            text,
            InputFormats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out value);

    private static void Digits(Span<byte> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
