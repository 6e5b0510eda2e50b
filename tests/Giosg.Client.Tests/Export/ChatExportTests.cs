using System.Text;
using System.Text.Json;
using Giosg.Client.Export;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Export;

/// <summary>Export-GiosgChat's engine against a simulator of its own per test (the tests end chats).</summary>
public sealed class ChatExportTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("giosg-export-").FullName;
    private GiosgSimulator _simulator = null!;

    private string DataPath => Path.Combine(_folder, "chats.jsonl");

    public async Task InitializeAsync() =>
        _simulator = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 900, Seed = 11, Now = SimulatorFixture.Now });

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_first_export_writes_every_ended_chat_once_in_end_time_order_at_one_request_per_100()
    {
        var handler = new CountingHandler();

        var summary = await RunAsync(handler);

        var lines = ReadKeys(DataPath);
        var ended = EndedOwned();
        Assert.Equal(ended.Count, summary.ChatsWritten);
        AssertExactlyOnce(ended, lines);
        Assert.Equal(lines.Select(line => line.End).Order().ToList(), lines.Select(line => line.End).ToList());
        Assert.Equal((ended.Count + 99) / 100, handler.Sent);
        Assert.Equal(handler.Sent, summary.Requests);
        Assert.All(handler.Requests, request => Assert.Contains("only_ended=true", request.Uri.Query, StringComparison.Ordinal));
        Assert.True(File.Exists(DataPath + ".state.json"));
    }

    [Fact]
    public async Task A_second_run_appends_only_the_chats_ended_since_with_requests_for_the_new_pages_only()
    {
        await RunAsync();
        var before = EndedOwned().Count;
        var newlyEnded = _simulator.Data.OwnedChats.Where(chat => !chat.IsEnded).Take(7).Select(chat => chat.Id).ToList();
        _simulator.Clock.Now = SimulatorFixture.Now.AddMinutes(5);
        foreach (var id in newlyEnded)
        {
            _simulator.Data.EndChat(id);
        }

        var handler = new CountingHandler();
        var summary = await RunAsync(handler);

        Assert.Equal(7, summary.ChatsWritten);
        AssertExactlyOnce(EndedOwned(), ReadKeys(DataPath));
        // One count of the chats ended before the file's last one, then the page holding it and any after it.
        var pagesRead = ((before + 7 + 99) / 100) - ((before - 1) / 100);
        Assert.Equal(1 + pagesRead, handler.Sent);
        Assert.InRange(handler.Sent, 2, 3);
        Assert.Contains("end_time=", handler.Requests.First().Uri.Query, StringComparison.Ordinal);
        Assert.Contains("page_size=1", handler.Requests.First().Uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_new_costs_two_requests_and_writes_nothing()
    {
        await RunAsync();
        var length = new FileInfo(DataPath).Length;
        var handler = new CountingHandler();

        var summary = await RunAsync(handler);

        Assert.Equal(0, summary.ChatsWritten);
        Assert.Equal(2, handler.Sent);
        Assert.Equal(length, new FileInfo(DataPath).Length);
    }

    [Fact]
    public async Task Chats_ending_during_the_export_with_tied_end_times_are_written_exactly_once_by_this_run_or_the_next()
    {
        // Other agents end 4 chats per page served, 60 in all, every one at the same "now": a tie group that
        // grows while it is read and spans page boundaries, and pages that shift under the listing.
        _simulator.Listing.SetChurn(4, 60);

        var runs = 0;
        do
        {
            await RunAsync();
            runs++;
        }
        while (_simulator.Listing.ChurnLeft > 0);
        var second = await RunAsync();

        Assert.True(runs > 1, "churn went on across runs");
        var ended = EndedOwned();
        Assert.True(ended.Count(chat => chat.EndedAt == SimulatorFixture.Now) >= 60);
        AssertExactlyOnce(ended, ReadKeys(DataPath));
        Assert.Equal(SimulatorFixture.Now, second.LastEndTime);
    }

    [Fact]
    public async Task A_run_killed_mid_line_inside_a_tie_group_is_repaired_and_completed_exactly_once()
    {
        // 150 chats end at the same moment: more than a page of ties.
        foreach (var chat in _simulator.Data.OwnedChats.Where(chat => !chat.IsEnded).Take(150).ToList())
        {
            _simulator.Data.EndChat(chat.Id);
        }

        var first = new CountingHandler();
        await RunAsync(first);
        Assert.Contains(first.Requests, request => request.Uri.Query.Contains("ordering=-end_time", StringComparison.Ordinal)); // the split tie group was read whole
        var whole = File.ReadAllBytes(DataPath);
        var cut = CutPoint(whole, linesFromEnd: 120) + 37; // 37 bytes into the 120th line from the end: a torn write
        File.WriteAllBytes(DataPath, whole.AsSpan(0, cut).ToArray());

        var handler = new CountingHandler();
        var summary = await RunAsync(handler);

        Assert.Equal(37, summary.RepairedBytes);
        Assert.Equal(120, summary.ChatsWritten);
        AssertExactlyOnce(EndedOwned(), ReadKeys(DataPath));
        Assert.Equal(whole.Length, new FileInfo(DataPath).Length);
    }

    [Fact]
    public async Task A_file_ahead_of_its_state_is_continued_from_the_file()
    {
        await RunAsync();
        var state = File.ReadAllText(DataPath + ".state.json");
        var whole = File.ReadAllBytes(DataPath);
        File.WriteAllBytes(DataPath, whole.AsSpan(0, CutPoint(whole, linesFromEnd: 250)).ToArray());
        await RunAsync();
        File.WriteAllText(DataPath + ".state.json", state.Replace("\"complete\":true", "\"complete\":false", StringComparison.Ordinal));
        _simulator.Clock.Now = SimulatorFixture.Now.AddMinutes(1);
        _simulator.Data.EndChat(_simulator.Data.OwnedChats.First(chat => !chat.IsEnded).Id);

        var notes = new List<string>();
        var summary = await RunAsync(notes: notes);

        Assert.Equal(1, summary.ChatsWritten);
        Assert.Contains(notes, note => note.Contains("did not finish", StringComparison.Ordinal));
        AssertExactlyOnce(EndedOwned(), ReadKeys(DataPath));
    }

    [Fact]
    public async Task Csv_keeps_one_row_per_chat_with_messages_as_json_and_resumes_after_a_torn_row()
    {
        var csv = Path.Combine(_folder, "chats.csv");
        await RunAsync(path: csv, format: ExportFormat.Csv);
        var whole = File.ReadAllBytes(csv);
        File.WriteAllBytes(csv, whole.AsSpan(0, CutPoint(whole, linesFromEnd: 10) + 5).ToArray());

        var summary = await RunAsync(path: csv, format: ExportFormat.Csv);

        var rows = File.ReadAllLines(csv);
        Assert.Equal(10, summary.ChatsWritten);
        Assert.StartsWith("id,end_time,", rows[0], StringComparison.Ordinal);
        Assert.Equal(EndedOwned().Count, rows.Length - 1);
        Assert.Equal(rows.Length - 1, rows.Skip(1).Select(row => row[..36]).Distinct().Count());
        var talk = rows.Skip(1).First(row => row.Contains("\"\"sender_type\"\"", StringComparison.Ordinal));
        var messages = talk[(talk.IndexOf(",\"[{", StringComparison.Ordinal) + 2)..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(messages[messages.LastIndexOf("[{", StringComparison.Ordinal)..]).RootElement.ValueKind);
    }

    [Fact]
    public async Task Without_a_format_a_new_file_takes_its_extensions_and_a_started_file_keeps_its_own()
    {
        var csv = Path.Combine(_folder, "chats.csv");
        var jsonlNamedCsv = Path.Combine(_folder, "other.csv");

        var first = await RunAsync(path: csv);
        await RunAsync(path: jsonlNamedCsv, format: ExportFormat.Jsonl);
        var again = await RunAsync(path: jsonlNamedCsv);

        Assert.Equal(ExportFormat.Csv, first.Format);
        Assert.StartsWith("id,end_time,", File.ReadLines(csv).First(), StringComparison.Ordinal);
        Assert.Equal(ExportFormat.Jsonl, again.Format);
        Assert.Equal(0, again.ChatsWritten);
        await Assert.ThrowsAsync<ExportFileException>(() => RunAsync(path: csv, format: ExportFormat.Jsonl));
    }

    [Fact]
    public async Task A_file_started_with_other_options_is_refused_and_left_alone()
    {
        await RunAsync();
        var length = new FileInfo(DataPath).Length;

        var refused = await Assert.ThrowsAsync<ExportFileException>(() => RunAsync(room: _simulator.Data.Rooms[0].Id));

        Assert.Contains("every room", refused.Message, StringComparison.Ordinal);
        Assert.Contains("start over", refused.RecommendedAction, StringComparison.Ordinal);
        Assert.Equal(length, new FileInfo(DataPath).Length);
    }

    [Fact]
    public async Task A_last_line_that_is_not_a_chat_stops_the_run_and_changes_nothing()
    {
        await RunAsync();
        File.AppendAllText(DataPath, "{\"note\": \"edited by hand\"}\n");
        var length = new FileInfo(DataPath).Length;

        var refused = await Assert.ThrowsAsync<ExportFileException>(() => RunAsync());

        Assert.Contains("line 1 from the end", refused.Message, StringComparison.Ordinal);
        Assert.Equal(length, new FileInfo(DataPath).Length);
    }

    private async Task<ChatExportSummary> RunAsync(CountingHandler? handler = null, string? path = null, ExportFormat? format = null, Guid? room = null, List<string>? notes = null)
    {
        using var connection = SimulatorFixture.Connect(_simulator, handler);
        var export = new GiosgClient(connection).Chats.Export(new ChatExportRequest { Path = path ?? DataPath, Format = format, RoomId = room });
        await foreach (var progress in export.RunAsync())
        {
            if (progress.Note is { } note)
            {
                notes?.Add(note);
            }
        }

        return export.Summary!;
    }

    private List<SimChat> EndedOwned() => _simulator.Data.OwnedChats.Where(chat => chat.IsEnded).ToList();

    private static void AssertExactlyOnce(List<SimChat> ended, List<(Guid Id, DateTimeOffset End)> lines)
    {
        Assert.Equal(lines.Count, lines.Select(line => line.Id).Distinct().Count());
        Assert.Equal(ended.Select(chat => chat.Id).Order().ToList(), lines.Select(line => line.Id).Order().ToList());
    }

    private static List<(Guid Id, DateTimeOffset End)> ReadKeys(string path) =>
        File.ReadAllLines(path, Encoding.UTF8).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var end = json.RootElement.GetProperty("end_time").GetString()!;
            return (json.RootElement.GetProperty("id").GetGuid(), DateTimeOffset.Parse(end.EndsWith('Z') ? end : end + "Z", System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();

    /// <summary>The offset where the <paramref name="linesFromEnd"/>-th line from the end begins.</summary>
    private static int CutPoint(byte[] file, int linesFromEnd)
    {
        var position = file.Length - 1;
        for (var i = 0; i < linesFromEnd; i++)
        {
            position = Array.LastIndexOf(file, (byte)'\n', position - 1);
        }

        return position + 1;
    }
}
