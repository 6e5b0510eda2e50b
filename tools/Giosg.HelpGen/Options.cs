namespace Giosg.HelpGen;

/// <summary>The command line: where the sources are and where the help file goes.</summary>
internal sealed record Options(string Assembly, string DocComments, string Pages, string Output)
{
    public const string Usage =
        "Usage: Giosg.HelpGen --assembly <Giosg.PowerShell.dll> --doc <Giosg.PowerShell.xml> --pages <docs/cmdlets> --output <en-US/Giosg.PowerShell.dll-Help.xml>";

    /// <returns>Null when an option is missing, unknown or given twice.</returns>
    public static Options? Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index + 1 < args.Count; index += 2)
        {
            if (args[index] is not ("--assembly" or "--doc" or "--pages" or "--output") || !values.TryAdd(args[index], args[index + 1]))
            {
                return null;
            }
        }

        return args.Count % 2 == 0
            && values.TryGetValue("--assembly", out var assembly)
            && values.TryGetValue("--doc", out var doc)
            && values.TryGetValue("--pages", out var pages)
            && values.TryGetValue("--output", out var output)
            ? new Options(assembly, doc, pages, output)
            : null;
    }
}
