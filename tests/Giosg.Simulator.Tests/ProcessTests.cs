using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Giosg.Simulator.Tests;

/// <summary>The simulator as a command-line process, the way scripts and Pester start it.</summary>
public sealed class ProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task It_prints_a_json_line_first_serves_the_api_and_stops_when_standard_input_closes()
    {
        using var process = Start("--chats", "40", "--seed", "3", "--token", "process-token", "--exit-on-stdin-close");

        var firstLine = await process.StandardOutput.ReadLineAsync().WaitAsync(Patience);
        var info = JsonNode.Parse(firstLine!)!;
        using var http = new HttpClient { BaseAddress = new Uri((string)info["baseUri"]!) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", "process-token");
        using var response = await http.GetAsync($"api/v5/orgs/{info["organizationId"]}/owned_chats");

        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(Patience);

        Assert.Equal(40, (int)info["chats"]!);
        Assert.Equal("process-token", (string?)info["token"]);
        Assert.Matches("^http://127.0.0.1:[0-9]+$", (string)info["baseUri"]!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task Faults_given_on_the_command_line_are_injected_and_shown_by_the_control_endpoint()
    {
        using var process = Start("--chats", "40", "--token", "process-token", "--faults", "mixed:1", "--fault-seed", "5", "--exit-on-stdin-close");

        var info = JsonNode.Parse((await process.StandardOutput.ReadLineAsync().WaitAsync(Patience))!)!;
        using var http = new HttpClient { BaseAddress = new Uri((string)info["baseUri"]!) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", "process-token");
        // Every request is faulted; which way depends on the seed, and a reset surfaces as an exception.
        _ = await Record.ExceptionAsync(() => http.GetStringAsync($"api/v5/orgs/{info["organizationId"]}/owned_chats"));
        var faults = JsonNode.Parse(await http.GetStringAsync("_simulator/faults"))!;

        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(Patience);

        Assert.Equal(("mixed:1", 5, 1), ((string?)faults["spec"], (int)faults["seed"]!, (int)faults["injected"]!));
    }

    [Theory]
    [InlineData("--chats", "lots")]
    [InlineData("--no-such-option")]
    [InlineData("--faults", "patch:503")]
    public async Task Bad_arguments_exit_with_code_2_and_say_why_on_standard_error(params string[] args)
    {
        using var process = Start(args);

        var error = await process.StandardError.ReadToEndAsync().WaitAsync(Patience);
        await process.WaitForExitAsync().WaitAsync(Patience);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    /// <summary>Starts the simulator's process; disposing it kills a process a failed test left running.</summary>
    private static SimulatorProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(GiosgSimulator).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new SimulatorProcess(Process.Start(start) ?? throw new InvalidOperationException("The simulator process did not start."));
    }

    private sealed class SimulatorProcess(Process process) : IDisposable
    {
        public StreamReader StandardOutput => process.StandardOutput;

        public StreamReader StandardError => process.StandardError;

        public StreamWriter StandardInput => process.StandardInput;

        public int ExitCode => process.ExitCode;

        public Task WaitForExitAsync() => process.WaitForExitAsync();

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
        }
    }
}
