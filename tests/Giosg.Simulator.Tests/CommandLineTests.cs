using Giosg.Simulator.Hosting;

namespace Giosg.Simulator.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Every_option_is_read()
    {
        var org = Guid.NewGuid();
        var user = Guid.NewGuid();

        Assert.True(CommandLine.TryParse(
            ["--chats", "5000", "--seed=3", "--port", "8123", "--page-size", "20", "--latency-ms", "15", "--now", "2026-01-01T00:00:00Z",
             "--token", "abc", "--org", org.ToString(), "--user", user.ToString(), "--readings", "ExclusiveCreatedRange,newestfirstbydefault", "--exit-on-stdin-close"],
            out var commandLine,
            out var error), error);

        var options = commandLine.Options;
        Assert.Equal((5000, 3, 8123, 20), (options.Chats, options.Seed, options.Port, options.PageSize));
        Assert.Equal(TimeSpan.FromMilliseconds(15), options.Latency);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), options.Now);
        Assert.Equal(("abc", org, user), (options.Token, options.OrganizationId, options.UserId));
        Assert.Equal(ApiReadings.ExclusiveCreatedRange | ApiReadings.NewestFirstByDefault, options.Readings);
        Assert.True(commandLine.ExitOnStandardInputClose);
    }

    [Theory]
    [InlineData("--chats")]
    [InlineData("--chats", "many")]
    [InlineData("--page-size", "0")]
    [InlineData("--now", "later")]
    [InlineData("--org", "acme")]
    [InlineData("--bogus")]
    [InlineData("--readings", "Sideways")]
    [InlineData("--readings", "1")]
    public void Bad_arguments_are_reported(params string[] args)
    {
        Assert.False(CommandLine.TryParse(args, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
