using Giosg.Simulator.Hosting;

namespace Giosg.Simulator.Tests;

public sealed class StartupBannerTests
{
    [Fact]
    public async Task The_banner_shows_the_modules_real_connect_command_with_a_secure_string_token()
    {
        await using var simulator = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 10, Token = "it's-a-token" });
        using var output = new StringWriter();

        StartupBanner.Write(output, simulator);

        var expected = $"Connect-Giosg -BaseUri {simulator.BaseUri} -OrganizationId {simulator.OrganizationId} -UserId {simulator.UserId} " +
            "-ApiToken (ConvertTo-SecureString 'it''s-a-token' -AsPlainText -Force)";
        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("-Token ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_banner_shows_an_active_fault_plan_and_the_fault_control_endpoint()
    {
        var options = new SimulatorOptions { Chats = 10, Faults = FaultPlan.MixedTransient(0.2, seed: 4) };
        await using var simulator = await GiosgSimulator.StartAsync(options);
        using var output = new StringWriter();

        StartupBanner.Write(output, simulator);

        Assert.Contains("Faults        mixed:0.2 (seed 4)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("/_simulator/faults", output.ToString(), StringComparison.Ordinal);
    }
}
