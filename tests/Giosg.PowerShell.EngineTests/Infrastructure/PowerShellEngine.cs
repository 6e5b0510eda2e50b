using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Giosg.Simulator;

namespace Giosg.PowerShell.EngineTests.Infrastructure;

/// <summary>
/// A real PowerShell runspace with the built module imported and connected to an in-process simulator:
/// what only an engine shows (binding, parameter sets, ShouldProcess, -ErrorAction, pipeline stops) is
/// tested here, against the module exactly as users import it.
/// </summary>
public class PowerShellEngine : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly AnsweringHost _host = new();
    private Runspace _runspace = null!;

    public GiosgSimulator Simulator { get; private set; } = null!;

    /// <summary>Answers the next confirmation prompts will get ("Yes", "No", "Yes to All", …).</summary>
    public Queue<string> Answers => _host.Answers;

    /// <summary>Confirmation prompts shown since the engine started.</summary>
    public int Prompts => _host.Prompts;

    /// <summary>The seed data; a class that ends or tags chats takes its own engine.</summary>
    protected virtual SimulatorOptions Options => new() { Chats = 400, Seed = 11, Now = Now, PageSize = 50 };

    public async Task InitializeAsync()
    {
        Simulator = await GiosgSimulator.StartAsync(Options);
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(ModuleFiles.Manifest);
        state.ThrowOnRunspaceOpenError = true;
        _runspace = RunspaceFactory.CreateRunspace(_host, state);
        _runspace.Open();
        _runspace.SessionStateProxy.SetVariable("sim", Simulator);
        _runspace.SessionStateProxy.SetVariable("token", ToSecureString(Simulator.Token));
        Run("Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken $token -BaseUri $sim.BaseUri -ReportingBaseUri $sim.BaseUri -UserId $sim.UserId");
    }

    public async Task DisposeAsync()
    {
        _runspace.Dispose();
        await Simulator.DisposeAsync();
    }

    /// <summary>
    /// Runs <paramref name="script"/> as a user's command line would, with <paramref name="variables"/>
    /// set first. Terminating errors become the result's errors, like at a prompt.
    /// </summary>
    public EngineResult Run(string script, IReadOnlyDictionary<string, object?>? variables = null)
    {
        using var shell = System.Management.Automation.PowerShell.Create(_runspace);
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
        {
            _runspace.SessionStateProxy.SetVariable(name, value);
        }

        // $? of the user's last command, read in the same scope it was set in.
        shell.AddScript(script + "\n$global:GiosgTestSucceeded = $?", useLocalScope: true);
        var errors = new List<ErrorRecord>();
        System.Collections.ObjectModel.Collection<PSObject> output;
        try
        {
            output = shell.Invoke();
        }
        catch (RuntimeException terminating)
        {
            output = [];
            errors.Add(terminating.ErrorRecord);
        }

        errors.AddRange(shell.Streams.Error);
        var succeeded = errors.Count == 0 && _runspace.SessionStateProxy.GetVariable("GiosgTestSucceeded") is true;
        return new EngineResult(output, errors, succeeded);
    }

    /// <summary>
    /// Asserts that no API request started after <paramref name="returned"/> (when a command gave control
    /// back), once the simulator has finished what it was serving: a request the client abandoned may
    /// still be in the server's hands for a moment, but none may begin after the command returned.
    /// </summary>
    public void AssertNoRequestStartedAfter(DateTimeOffset returned)
    {
        Assert.True(Simulator.Requests.WaitUntilIdle(TimeSpan.FromMinutes(1)), "the simulator never went quiet");
        var late = Simulator.Requests.StartedAfter(returned);
        Assert.True(late.Count == 0, $"requests started after the command returned: {string.Join(", ", late.Select(r => $"{r.Method} {r.Path}"))}");
    }

    /// <summary>Starts <paramref name="script"/> without waiting, for tests that stop a running pipeline.</summary>
    public (System.Management.Automation.PowerShell Shell, IAsyncResult Running) Start(string script)
    {
        var shell = System.Management.Automation.PowerShell.Create(_runspace);
        shell.AddScript(script);
        return (shell, shell.BeginInvoke());
    }

    private static System.Security.SecureString ToSecureString(string text)
    {
        var secure = new System.Security.SecureString();
        foreach (var character in text)
        {
            secure.AppendChar(character);
        }

        secure.MakeReadOnly();
        return secure;
    }
}
