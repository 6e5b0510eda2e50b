using Giosg.Simulator.Json;

namespace Giosg.Simulator.Tests;

public sealed class DateTimeTextTests
{
    [Theory]
    [InlineData(true, "2015-02-13T11:31:36.042Z")]
    [InlineData(false, "2015-02-13T11:31:36.042")]
    public void Datetimes_are_written_with_milliseconds_with_or_without_z(bool utcDesignator, string expected)
    {
        var time = new DateTimeOffset(2015, 2, 13, 11, 31, 36, 42, TimeSpan.Zero);

        Assert.Equal(expected, DateTimeText.ToText(time.UtcTicks, utcDesignator));
    }

    [Theory]
    [InlineData("2015-02-13T11:31:36.042", "2015-02-13T11:31:36.0420000+00:00")]
    [InlineData("2015-02-13T11:31:36.042Z", "2015-02-13T11:31:36.0420000+00:00")]
    [InlineData("2015-02-13T13:31:36+02:00", "2015-02-13T11:31:36.0000000+00:00")]
    [InlineData("2015-02-13", "2015-02-13T00:00:00.0000000+00:00")]
    public void Iso_datetimes_parse_and_no_offset_means_utc(string text, string expected)
    {
        Assert.True(DateTimeText.TryParse(text, out var value));
        Assert.Equal(expected, value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }
}
