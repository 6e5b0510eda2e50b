namespace Giosg.Simulator.Readings;

/// <summary>The names of <see cref="ApiReadings"/> as the command line and <c>/_simulator/readings</c> take them: comma-separated, any case, empty for none.</summary>
internal static class ReadingNames
{
    public static string Known => string.Join(", ", Enum.GetNames<ApiReadings>().Where(name => name != nameof(ApiReadings.None)));

    public static bool TryParse(string? text, out ApiReadings readings, out string? error)
    {
        readings = ApiReadings.None;
        error = null;
        foreach (var name in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.GetNames<ApiReadings>().Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                error = $"'{name}' is not a reading; use {Known}.";
                return false;
            }

            readings |= Enum.Parse<ApiReadings>(name, ignoreCase: true);
        }

        return true;
    }

    public static string Format(ApiReadings readings) => readings == ApiReadings.None ? "" : readings.ToString().Replace(" ", "", StringComparison.Ordinal);
}
