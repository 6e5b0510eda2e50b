using System.Xml;
using Giosg.HelpGen;
using Giosg.HelpGen.Cmdlets;
using Giosg.HelpGen.Help;
using Giosg.HelpGen.HelpFile;
using Giosg.HelpGen.Sources;

// Exit codes: 0 help written; 1 the sources lack something help needs (each problem is printed);
// 2 bad command line or unreadable input.
if (Options.Parse(args) is not { } options)
{
    Console.Error.WriteLine(Options.Usage);
    return 2;
}

try
{
    var cmdlets = CmdletReader.Read(new ModuleLoadContext(options.Assembly).LoadFromAssemblyPath(Path.GetFullPath(options.Assembly)));
    var problems = new Problems();
    var assembler = new HelpAssembler(DocComments.Load(options.DocComments), problems);
    var help = cmdlets.Select(cmdlet => assembler.Assemble(cmdlet, ReadPage(options.Pages, cmdlet.Name, problems))).ToList();
    CheckEveryPageHasACmdlet(options.Pages, cmdlets, problems);

    if (problems.Count > 0)
    {
        problems.WriteTo(Console.Error);
        Console.Error.WriteLine($"Giosg.HelpGen: error: {problems.Count} problem(s) in the help of {options.Assembly}; no help written.");
        return 1;
    }

    MamlDocument.Save(MamlDocument.Build(help), options.Output);
    Console.WriteLine($"Giosg.HelpGen: help for {help.Count} cmdlets written to {options.Output}");
    return 0;
}
catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or XmlException or BadImageFormatException)
{
    Console.Error.WriteLine($"Giosg.HelpGen: error: {exception.Message}");
    return 2;
}

static CmdletPage? ReadPage(string folder, string cmdletName, Problems problems)
{
    var path = Path.Combine(folder, cmdletName + ".md");
    if (!File.Exists(path))
    {
        problems.Add(path, $"{cmdletName} has no page: write one with its examples (see README.md in that folder).");
        return null;
    }

    var page = CmdletPageParser.Parse(path, problems);
    if (page.Title.Length > 0 && page.Title != cmdletName)
    {
        problems.Add($"{path}(1)", $"the page's title is '{page.Title}'; it must be '{cmdletName}'.");
    }

    return page;
}

// A page whose cmdlet was renamed or removed would otherwise rot unnoticed.
static void CheckEveryPageHasACmdlet(string folder, IReadOnlyList<CmdletDeclaration> cmdlets, Problems problems)
{
    var names = cmdlets.Select(cmdlet => cmdlet.Name).ToHashSet(StringComparer.Ordinal);
    foreach (var page in Directory.EnumerateFiles(folder, "*-*.md").Order(StringComparer.Ordinal))
    {
        if (!names.Contains(Path.GetFileNameWithoutExtension(page)))
        {
            problems.Add(page, "no cmdlet of the assembly has this name; rename or remove the page.");
        }
    }
}
