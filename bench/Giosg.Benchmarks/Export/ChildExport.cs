using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Giosg.Benchmarks.EndToEnd;
using Giosg.Benchmarks.Simulation;
using Giosg.Client.Export;

namespace Giosg.Benchmarks.Export;

/// <summary>What one export cost the process that ran it.</summary>
internal sealed record ExportFootprint
{
    public long Chats { get; init; }

    public int Requests { get; init; }

    public long FileBytes { get; init; }

    public double WallMilliseconds { get; init; }

    public double CpuMilliseconds { get; init; }

    public long AllocatedBytes { get; init; }

    public long PeakWorkingSetBytes { get; init; }

    public long PeakManagedHeapBytes { get; init; }

    public double RequestsPerChat => Chats == 0 ? 0 : (double)Requests / Chats;
}

[JsonSerializable(typeof(ExportFootprint))]
internal sealed partial class ExportJsonContext : JsonSerializerContext
{
}

/// <summary>
/// One export in a fresh process, so its peak memory is its own: <c>child-export client|baseline BASE_URI ORG_ID PATH</c>
/// prints one JSON line. The baseline is what a script would write by hand: HttpClient over the same pages
/// (<c>only_ended=true&amp;ordering=end_time&amp;page_size=100</c>), each page into a JsonDocument, each chat's raw
/// JSON and a newline appended to the file; no resume, no tie handling, no fsync.
/// </summary>
internal static class ChildExport
{
    public const string Command = "child-export";

    public static async Task<ExportFootprint> RunAsync(string kind, SimulatorEndpoint endpoint, string path)
    {
        var start = ChildProcess.StartInfo("Giosg.Benchmarks", [Command, kind, endpoint.BaseUri.AbsoluteUri, endpoint.OrganizationId.ToString("D"), path]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The child export did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = (await output).Split('\n').LastOrDefault(text => text.StartsWith('{'));
        return process.ExitCode != 0 || line is null
            ? throw new InvalidOperationException($"The child export ({kind}) failed with exit code {process.ExitCode}: {await errors}")
            : JsonSerializer.Deserialize(line, ExportJsonContext.Default.ExportFootprint)!;
    }

    public static async Task<int> MainAsync(IReadOnlyList<string> args)
    {
        if (args.Count != 4 || args[0] is not ("client" or "baseline"))
        {
            await Console.Error.WriteLineAsync($"usage: {Command} client|baseline BASE_URI ORG_ID PATH");
            return 2;
        }

        var endpoint = new SimulatorEndpoint(new Uri(args[1]), Guid.Parse(args[2]), SimulatorSettings.Token, 0);
        var path = args[3];
        using var heap = new HeapSampler();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        var (chats, requests) = args[0] == "client" ? await ClientAsync(endpoint, path) : await BaselineAsync(endpoint, path);

        self.Refresh();
        var footprint = new ExportFootprint
        {
            Chats = chats,
            Requests = requests,
            FileBytes = new FileInfo(path).Length,
            WallMilliseconds = clock.Elapsed.TotalMilliseconds,
            CpuMilliseconds = (self.TotalProcessorTime - cpu).TotalMilliseconds,
            AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated,
            PeakWorkingSetBytes = self.PeakWorkingSet64,
            PeakManagedHeapBytes = heap.Stop(),
        };
        Console.WriteLine(JsonSerializer.Serialize(footprint, ExportJsonContext.Default.ExportFootprint));
        return 0;
    }

    public static async Task<(long Chats, int Requests)> ClientAsync(SimulatorEndpoint endpoint, string path)
    {
        using var client = new DisposableClient(endpoint);
        var export = client.Client.Chats.Export(new ChatExportRequest { Path = path });
        await foreach (var _ in export.RunAsync())
        {
        }

        return (export.Summary!.ChatsWritten, export.Summary.Requests);
    }

    private static async Task<(long Chats, int Requests)> BaselineAsync(SimulatorEndpoint endpoint, string path)
    {
        using var http = endpoint.CreateHttpClient();
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
        var newline = new byte[] { (byte)'\n' };
        Uri? next = new(endpoint.BaseUri, $"api/v5/orgs/{endpoint.OrganizationId:D}/chats?ordering=end_time&only_ended=true&page_size=100");
        long chats = 0;
        var requests = 0;
        while (next is not null)
        {
            await using var body = await http.GetStreamAsync(next);
            requests++;
            using var page = await JsonDocument.ParseAsync(body);
            foreach (var chat in page.RootElement.GetProperty("results").EnumerateArray())
            {
                var raw = System.Text.Encoding.UTF8.GetBytes(chat.GetRawText());
                await file.WriteAsync(raw);
                await file.WriteAsync(newline);
                chats++;
            }

            next = page.RootElement.GetProperty("next_page_url").GetString() is { } link ? new Uri(next, link) : null;
        }

        return (chats, requests);
    }
}
