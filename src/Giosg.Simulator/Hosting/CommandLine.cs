using System.Globalization;
using Giosg.Simulator.Json;
using Giosg.Simulator.Readings;

namespace Giosg.Simulator.Hosting;

/// <summary>The simulator's command line: options for <see cref="GiosgSimulator"/> plus how the process ends.</summary>
internal sealed record CommandLine(SimulatorOptions Options, bool ExitOnStandardInputClose, bool ShowHelp)
{
    public static readonly string Usage = """
        Usage: Giosg.Simulator [options]

          --chats N                Chats in the seeded organization (default 1000)
          --seed N                 Seed of the generated data (default 1)
          --port N                 Port on 127.0.0.1; 0 picks a free one (default 0)
          --page-size N            Page size of cursor-paginated collections (default 100)
          --latency-ms N           Delay added to every API request (default 0)
          --now ISO-8601           The simulated "now" (default: the current time)
          --token TEXT             The API token (default: random)
          --org GUID               The organization id (default: derived from the seed)
          --user GUID              The token's user id (default: derived from the seed)
          --faults mixed:RATE      Inject transient faults into that share of API requests, e.g. "mixed:0.1"
          --fault-seed N           Seed of the fault decisions (default 1)
          --readings NAME[,NAME]   Play other readings of the documents: NewestFirstByDefault, ExclusiveCreatedRange, EndedChatRefusesNewTags, RoomChatsInOlderShape, PrivateChatHistory, MembershipUpdateWithoutBody
          --cursors keys|offsets   What chat listing cursors encode (default keys)
          --churn N:TOTAL          Other agents end N chats per listing page served, TOTAL in all
          --refuse-repeated-end    Answer 400 "Chat has already ended." to ending an ended chat
          --exit-on-stdin-close    Stop when standard input closes (for a parent process)
          --help                   Show this help
        """;

    public static bool TryParse(IReadOnlyList<string> args, out CommandLine commandLine, out string? error)
    {
        var options = new SimulatorOptions();
        var exitOnStandardInputClose = false;
        var showHelp = false;
        string? faults = null;
        var faultSeed = 1;
        string? problem = null;

        for (var i = 0; i < args.Count && problem is null; i++)
        {
            // Both "--name value" and "--name=value".
            var (name, inlineValue) = args[i].IndexOf('=', StringComparison.Ordinal) is var equals and > 0
                ? (args[i][..equals], args[i][(equals + 1)..])
                : (args[i], null);

            string? Value()
            {
                if (inlineValue is not null)
                {
                    return inlineValue;
                }

                if (i + 1 < args.Count)
                {
                    return args[++i];
                }

                problem = $"{name} needs a value.";
                return null;
            }

            switch (name)
            {
                case "--chats":
                    options.Chats = Integer(name, Value(), 0, GiosgSimulator.MaxChats, ref problem);
                    break;
                case "--seed":
                    options.Seed = Integer(name, Value(), int.MinValue, int.MaxValue, ref problem);
                    break;
                case "--port":
                    options.Port = Integer(name, Value(), 0, 65535, ref problem);
                    break;
                case "--page-size":
                    options.PageSize = Integer(name, Value(), 1, GiosgSimulator.MaxPageSize, ref problem);
                    break;
                case "--latency-ms":
                    options.Latency = TimeSpan.FromMilliseconds(Integer(name, Value(), 0, int.MaxValue, ref problem));
                    break;
                case "--now":
                    options.Now = DateTimeText.TryParse(Value(), out var now) ? now : Fail<DateTimeOffset?>($"{name} needs an ISO 8601 date/time.", ref problem);
                    break;
                case "--token":
                    options.Token = Value() is { Length: > 0 } token && !token.Any(char.IsWhiteSpace)
                        ? token
                        : Fail<string>($"{name} needs a value without whitespace.", ref problem);
                    break;
                case "--org":
                    options.OrganizationId = Guid.TryParse(Value(), out var org) ? org : Fail<Guid?>($"{name} needs a UUID.", ref problem);
                    break;
                case "--user":
                    options.UserId = Guid.TryParse(Value(), out var user) ? user : Fail<Guid?>($"{name} needs a UUID.", ref problem);
                    break;
                case "--faults":
                    faults = Value();
                    break;
                case "--fault-seed":
                    faultSeed = Integer(name, Value(), int.MinValue, int.MaxValue, ref problem);
                    break;
                case "--readings":
                    options.Readings = ReadingNames.TryParse(Value(), out var readings, out var readingError) ? readings : Fail<ApiReadings>($"{name}: {readingError}", ref problem);
                    break;
                case "--cursors":
                    options.Cursors = Value() switch
                    {
                        "keys" => Paging.CursorMode.Keys,
                        "offsets" => Paging.CursorMode.Offsets,
                        _ => Fail<Paging.CursorMode>($"{name} needs keys or offsets.", ref problem),
                    };
                    break;
                case "--churn":
                    var churn = (Value() ?? string.Empty).Split(':');
                    options.ChurnPerPage = churn.Length == 2 ? Integer(name, churn[0], 0, int.MaxValue, ref problem) : Fail<int>($"{name} needs N:TOTAL, e.g. 3:60.", ref problem);
                    options.ChurnTotal = churn.Length == 2 ? Integer(name, churn[1], 0, int.MaxValue, ref problem) : 0;
                    break;
                case "--refuse-repeated-end":
                    options.RefuseRepeatedEnd = true;
                    break;
                case "--exit-on-stdin-close":
                    exitOnStandardInputClose = true;
                    break;
                case "--help" or "-h" or "-?":
                    showHelp = true;
                    break;
                default:
                    problem = $"Unknown argument '{args[i]}'.";
                    break;
            }
        }

        // After the loop: --fault-seed may come after --faults.
        if (problem is null && faults is not null)
        {
            options.Faults = FaultPlan.TryParse(faults, faultSeed, out var plan, out var faultError) ? plan : Fail<FaultPlan>($"--faults: {faultError}", ref problem);
        }

        commandLine = new CommandLine(options, exitOnStandardInputClose, showHelp);
        error = problem;
        return error is null;
    }

    private static int Integer(string name, string? text, int minimum, int maximum, ref string? error) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum
            ? value
            : Fail<int>($"{name} needs a whole number from {minimum} to {maximum}.", ref error);

    /// <summary>Keeps the first error: a missing value already explains itself better than "not a number".</summary>
    private static T Fail<T>(string message, ref string? error)
    {
        error ??= message;
        return default!;
    }
}
