namespace Giosg.Client.Export;

/// <summary>What one export run did.</summary>
public sealed record ChatExportSummary
{
    /// <summary>The data file.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>The state file beside it.</summary>
    public string StatePath { get; init; } = string.Empty;

    /// <summary>The file's format.</summary>
    public ExportFormat Format { get; init; }

    /// <summary>Chats appended by this run.</summary>
    public long ChatsWritten { get; init; }

    /// <summary>Chats the API listed that were already in the file (the page the run resumed on, ties at the boundary).</summary>
    public long ChatsSkipped { get; init; }

    /// <summary>HTTP requests this run sent (pages read and position look-ups; retries of one request count once).</summary>
    public int Requests { get; init; }

    /// <summary>How long the run took.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>Bytes of a torn last line removed before continuing (an earlier run was killed mid-write); 0 normally.</summary>
    public long RepairedBytes { get; init; }

    /// <summary>The end time the run continued after (the file's last chat), or null when it started an empty file.</summary>
    public DateTimeOffset? ResumedAfter { get; init; }

    /// <summary>The end time of the newest chat in the file after the run, or null if the file has none.</summary>
    public DateTimeOffset? LastEndTime { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"Exported {ChatsWritten} chat(s) to {Path} with {Requests} request(s) in {Duration.TotalSeconds:0.0} s" +
        (RepairedBytes > 0 ? $"; repaired a torn last line ({RepairedBytes} bytes)" : string.Empty) + ".";
}

/// <summary>Where a running export is, after each page.</summary>
/// <param name="ChatsWritten">Chats appended so far.</param>
/// <param name="ChatsRead">Chats read so far (written or already in the file).</param>
/// <param name="ChatsExpected">Chats the listing holds from where the run started, when the API reported a count.</param>
/// <param name="Note">Something worth a verbose line (a repair, a resume point), or null.</param>
public sealed record ChatExportProgress(long ChatsWritten, long ChatsRead, long? ChatsExpected, string? Note = null);
