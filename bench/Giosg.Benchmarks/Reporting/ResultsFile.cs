namespace Giosg.Benchmarks.Reporting;

/// <summary>
/// Writes one generated section of a results file between <c>&lt;!-- name:begin --&gt;</c> and
/// <c>&lt;!-- name:end --&gt;</c>, keeping everything else (the hand-written analysis) as it is.
/// </summary>
internal static class ResultsFile
{
    /// <summary>bench/RESULTS.md of the repository this program was built from, or null if it cannot be found.</summary>
    public static string? DefaultPath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (folder.Name == "bench" && Directory.Exists(Path.Combine(folder.FullName, "Giosg.Benchmarks")))
            {
                return Path.Combine(folder.FullName, "RESULTS.md");
            }
        }

        return null;
    }

    public static void WriteSection(string path, string name, string markdown)
    {
        var begin = $"<!-- {name}:begin -->";
        var end = $"<!-- {name}:end -->";
        var section = $"{begin}\n{markdown.TrimEnd()}\n{end}";
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmark results\n";
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        text = start >= 0 && stop > start
            ? text[..start] + section + text[(stop + end.Length)..]
            : text.TrimEnd() + "\n\n" + section + "\n";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text);
    }
}
