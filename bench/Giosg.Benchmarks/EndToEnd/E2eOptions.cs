using Giosg.Benchmarks.Simulation;

namespace Giosg.Benchmarks.EndToEnd;

/// <summary>The <c>e2e</c> command line; see <see cref="Usage"/>.</summary>
internal sealed record E2eOptions
{
    public const string Placement = "placement";
    public const string Listing = "listing";
    public const string Footprint = "footprint";
    public const string Throughput = "throughput";
    public const string Sweep = "sweep";

    public const string Usage = """
        e2e [--quick] [--smoke] [--out PATH] [--only PARTS] [--simulator process|inprocess] [--sequential-sweeps] [--sweep-throttles LIST]
          --quick              smaller sizes (10,000-chat listings, 500-chat sweeps), about two minutes
          --smoke              with --quick: tiny sizes for CI; fails only on wrong counts
          --out PATH           write the results section there (default: bench/RESULTS.md for a complete
                               full run; quick, smoke and --only runs only print unless --out is given)
          --only PARTS         some of placement,listing,footprint,throughput,sweep (comma-separated)
          --simulator WHERE    where the timed listings' simulator runs (default: process)
          --sequential-sweeps  run the ThrottleLimit 1 sweep alone instead of alongside the others
          --sweep-throttles L  sweep only at these ThrottleLimits (comma-separated, e.g. 8); every one runs with
                               key cursors, ThrottleLimit 8 with offset cursors too
        """;

    public E2eScale Scale { get; init; } = E2eScale.Full;

    public string? OutputPath { get; init; }

    public SimulatorPlacement SimulatorPlacement { get; init; } = SimulatorPlacement.Process;

    /// <summary>The parts to run; null runs all of them.</summary>
    public IReadOnlySet<string>? Only { get; init; }

    public bool SequentialSweeps { get; init; }

    /// <summary>The ThrottleLimits to sweep at, instead of the scale's; null keeps the scale's.</summary>
    public IReadOnlyList<int>? SweepThrottles { get; init; }

    private static readonly string[] AllParts = [Placement, Listing, Footprint, Throughput, Sweep];

    public bool Runs(string part) => Only is null || Only.Contains(part);

    public static bool TryParse(IReadOnlyList<string> args, out E2eOptions options, out string? error)
    {
        var quick = false;
        var smoke = false;
        options = new E2eOptions();
        error = null;
        for (var i = 0; i < args.Count && error is null; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--smoke":
                    smoke = true;
                    break;
                case "--sequential-sweeps":
                    options = options with { SequentialSweeps = true };
                    break;
                case "--out" when i + 1 < args.Count:
                    options = options with { OutputPath = Path.GetFullPath(args[++i]) };
                    break;
                case "--only" when i + 1 < args.Count:
                    var parts = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
                    var unknown = parts.Except(AllParts).ToList();
                    if (unknown.Count > 0)
                    {
                        error = $"--only takes {string.Join(',', AllParts)}, not '{string.Join(',', unknown)}'.";
                    }

                    options = options with { Only = parts };
                    break;
                case "--sweep-throttles" when i + 1 < args.Count:
                    var throttles = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var limits = throttles.Select(t => int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) && c > 0 ? c : 0).ToList();
                    if (limits.Count == 0 || limits.Contains(0))
                    {
                        error = $"--sweep-throttles takes positive whole numbers separated by commas, not '{string.Join(',', throttles)}'.";
                    }

                    options = options with { SweepThrottles = limits };
                    break;
                case "--simulator" when i + 1 < args.Count:
                    var where = args[++i];
                    if (Enum.TryParse<SimulatorPlacement>(where, ignoreCase: true, out var placement))
                    {
                        options = options with { SimulatorPlacement = placement };
                    }
                    else
                    {
                        error = $"--simulator takes 'process' or 'inprocess', not '{where}'.";
                    }

                    break;
                default:
                    error = $"Unknown or incomplete argument '{args[i]}'.";
                    break;
            }
        }

        if (smoke && !quick)
        {
            error ??= "--smoke goes with --quick (e2e --quick --smoke).";
        }

        var scale = smoke ? E2eScale.Smoke : quick ? E2eScale.Quick : E2eScale.Full;
        options = options with { Scale = options.SweepThrottles is { } only ? scale with { SweepThrottles = only } : scale };
        return error is null;
    }
}
