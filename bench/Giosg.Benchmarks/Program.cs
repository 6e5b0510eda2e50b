using Giosg.Benchmarks.EndToEnd;
using Giosg.Benchmarks.Export;
using Giosg.Benchmarks.Micro;

// micro: BenchmarkDotNet; e2e: the end-to-end harness; child-list: one listing the harness measures in a fresh process.
const string Usage = $"""
    Usage: dotnet run -c Release --project bench/Giosg.Benchmarks -- <command>

      micro [--out PATH] [BenchmarkDotNet options]   page parsing, client against JsonDocument
      {E2eOptions.Usage}
      {ExportCommand.Usage}
    """;

return args switch
{
    ["micro", .. var rest] => MicroCommand.Run(rest),
    ["e2e", .. var rest] => await E2eCommand.RunAsync(rest),
    [ChildListing.Command, .. var rest] => await ChildListing.MainAsync(rest),
    ["export", .. var rest] => await ExportCommand.RunAsync(rest),
    [ChildExport.Command, .. var rest] => await ChildExport.MainAsync(rest),
    _ => ShowUsage(),
};

static int ShowUsage()
{
    Console.Error.WriteLine(Usage);
    return 2;
}
