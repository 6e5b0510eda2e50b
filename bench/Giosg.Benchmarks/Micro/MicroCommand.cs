using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using Giosg.Benchmarks.Reporting;

namespace Giosg.Benchmarks.Micro;

/// <summary>
/// <c>micro [--out PATH] [BenchmarkDotNet options]</c>: the BenchmarkDotNet suite. Every benchmark
/// runs unless a <c>--filter</c> is given; the summary table also goes into the results file.
/// </summary>
internal static class MicroCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        var output = ResultsFile.DefaultPath();
        var forwarded = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Count)
            {
                output = Path.GetFullPath(args[++i]);
            }
            else
            {
                forwarded.Add(args[i]);
            }
        }

        if (!forwarded.Contains("--filter"))
        {
            forwarded.AddRange(["--filter", "*"]);
        }

        // Artifacts under bin/ (ignored by git), not wherever the command happens to run.
        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroCommand).Assembly).Run([.. forwarded], config).ToList();
        if (summaries.Count == 0 || summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)))
        {
            return 1;
        }

        if (output is not null)
        {
            var log = new AccumulationLogger();
            foreach (var summary in summaries)
            {
                MarkdownExporter.GitHub.ExportToLog(summary, log);
            }

            // The GitHub exporter writes HTML entities (&#39;, &gt;), which read badly in the raw file.
            var table = System.Net.WebUtility.HtmlDecode(log.GetLog());
            ResultsFile.WriteSection(output, "micro", "## Micro benchmarks\n\nCommand: `dotnet run -c Release --project bench/Giosg.Benchmarks -- micro`\n\n" + table);
            Console.WriteLine($"Written to {output}");
        }

        return 0;
    }
}
