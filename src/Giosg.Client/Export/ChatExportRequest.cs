namespace Giosg.Client.Export;

/// <summary>What to export, and where. The same request run again continues the same file.</summary>
public sealed record ChatExportRequest
{
    /// <summary>The data file (created if missing); its state file lives beside it (<see cref="ExportState.PathFor"/>).</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>
    /// The file's format; a file is always continued in the format it was started in. Null: the format the
    /// file was started in, or for a new file its extension's (<c>.csv</c> is CSV, anything else JSONL).
    /// </summary>
    public ExportFormat? Format { get; init; }

    /// <summary>Only chats in this room.</summary>
    public Guid? RoomId { get; init; }

    /// <summary>Only chats started at or after this moment.</summary>
    public DateTimeOffset? StartedAfter { get; init; }
}
