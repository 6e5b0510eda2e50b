using System.Globalization;

namespace Giosg.Simulator.Data;

/// <summary>
/// Visitor ids are 32 lowercase hex digits, not UUIDs. They are kept as 128-bit numbers so a million
/// chats do not hold a million strings.
/// </summary>
internal static class VisitorIds
{
    public static string Format(UInt128 visitor) => visitor.ToString("x32", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out UInt128 visitor)
    {
        visitor = UInt128.Zero;
        return text is { Length: 32 }
            && UInt128.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out visitor)
            && visitor != UInt128.Zero;
    }
}
