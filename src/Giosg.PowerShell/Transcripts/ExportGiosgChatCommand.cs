using System.Management.Automation;
using Giosg.Client.Export;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Transcripts;

/// <summary>
/// <para type="synopsis">Exports every ended Giosg chat with its messages to a JSONL or CSV file, incrementally and exactly once.</para>
/// <para type="description">Appends each ended chat (ended chats no longer change) to -Path, oldest end time first. Run the same command again and it appends only the chats that ended since, at a cost in requests proportional to what is new. Killed at any moment, even mid-line, the next run removes the torn line and completes the file, so every ended chat appears exactly once. The state lives beside the file in &lt;Path&gt;.state.json (the options the file was started with); the file itself records what was exported. To start over, delete both files. Jsonl: one line per chat, the chat object as the API returned it, messages in "logs". Csv: one row per chat; tags, api_data, shopping_carts and messages are JSON arrays in their own columns. A summary (chats written, requests, duration) goes to the information and verbose streams, and with -PassThru to the pipeline.</para>
/// </summary>
[Cmdlet(VerbsData.Export, "GiosgChat")]
[OutputType(typeof(ChatExportSummary))]
public sealed class ExportGiosgChatCommand : GiosgCmdlet
{
    private const int ProgressId = 4714;
    private const string Activity = "Export-GiosgChat";
    private int? _format;

    /// <summary><para type="description">The file to create or continue. Its state file is &lt;Path&gt;.state.json beside it.</para></summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = string.Empty;

    /// <summary><para type="description">Jsonl: one JSON object per line, messages nested. Csv: one row per chat, messages as a JSON array in the messages column. Without -Format, a file is continued in the format it was started in, and a new file gets its extension's (.csv is Csv, anything else Jsonl). A -Format that differs from the file's is refused.</para></summary>
    [Parameter]
    public ExportFormat? Format
    {
        // Stored as an int: see Get-GiosgChat's -Scope.
        get => _format is { } format ? (ExportFormat)format : null;
        set => _format = (int?)value;
    }

    /// <summary><para type="description">Only chats in this room. A file is always continued with the room it was started with.</para></summary>
    [Parameter]
    public Guid? RoomId { get; set; }

    /// <summary><para type="description">Only chats started at or after this moment. A file is always continued with the moment it was started with.</para></summary>
    [Parameter]
    public DateTimeOffset? StartedAfter { get; set; }

    /// <summary><para type="description">Also writes the summary (chats written, requests, duration) to the pipeline.</para></summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var client = CreateClient();
        var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
        var export = client.Chats.Export(new ChatExportRequest { Path = path, Format = Format, RoomId = RoomId, StartedAfter = StartedAfter });
        Run(path, () =>
        {
            try
            {
                foreach (var progress in Blocking.Enumerate(export.RunAsync(StopToken), StopToken))
                {
                    if (progress.Note is { } note)
                    {
                        Output.WriteVerbose(note);
                        continue;
                    }

                    var percent = progress.ChatsExpected is { } expected and > 0 ? (int)Math.Min(100, progress.ChatsRead * 100 / expected) : -1;
                    Output.WriteProgress(new ProgressInfo(ProgressId, Activity, $"{progress.ChatsWritten} chat(s) written to {path}", percent));
                }
            }
            catch (ExportFileException exception)
            {
                ThrowTerminatingError(new ErrorRecord(exception, "GiosgExportFileUnusable", ErrorCategory.InvalidData, exception.Path)
                {
                    ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = exception.RecommendedAction },
                });
            }
            catch (IOException exception)
            {
                ThrowTerminatingError(new ErrorRecord(exception, "GiosgExportFileError", ErrorCategory.WriteError, path)
                {
                    ErrorDetails = new ErrorDetails($"Cannot write the export file '{path}': {exception.Message}") { RecommendedAction = "Check that the folder exists, that you may write there and that no other export is writing the same file." },
                });
            }
            catch (UnauthorizedAccessException exception)
            {
                ThrowTerminatingError(new ErrorRecord(exception, "GiosgExportFileError", ErrorCategory.PermissionDenied, path)
                {
                    ErrorDetails = new ErrorDetails($"Cannot write the export file '{path}': {exception.Message}") { RecommendedAction = "Choose a -Path you may write to." },
                });
            }
            finally
            {
                Output.WriteProgress(new ProgressInfo(ProgressId, Activity, "Done", 100, Completed: true));
            }

            if (export.Summary is { } summary)
            {
                Output.WriteInformation(summary, ["Giosg", "Export-GiosgChat", "Summary"]);
                Output.WriteVerbose(summary.ToString());
                if (PassThru)
                {
                    Output.WriteObject(summary);
                }
            }
        });
    }
}
