using System.Globalization;

namespace Giosg.Benchmarks.Reporting;

/// <summary>How figures are written in the tables: invariant culture, units spelled out.</summary>
internal static class Units
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.00 's'", Invariant);

    public static string Milliseconds(TimeSpan value) => value.TotalMilliseconds.ToString("0.0 'ms'", Invariant);

    public static string Ratio(double value) =>
        !double.IsFinite(value) ? "n/a" : value.ToString(value >= 0.1 ? "0.00'x'" : "0.0000'x'", Invariant);

    public static string Ratio(TimeSpan value, TimeSpan reference) => Ratio(value / reference);

    public static string Count(long value) => value.ToString("N0", Invariant);

    public static string Number(double value, string format) => value.ToString(format, Invariant);

    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0 'MB'", Invariant);

    public static string Met(bool met) => met ? "met" : "**not met**";
}
