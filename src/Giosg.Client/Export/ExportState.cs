using System.Text.Json;
using Giosg.Client.Json;

namespace Giosg.Client.Export;

/// <summary>
/// The state file beside an export (<c>&lt;file&gt;.state.json</c>): the options the file was started with, so a
/// later run cannot continue it with others, and where the last run left off. The data file is the record of
/// what was exported; the state is written after the data is on disk and, where the two disagree, the file wins.
/// </summary>
internal sealed record ExportState
{
    public int Version { get; init; } = 1;

    public ExportFormat Format { get; init; }

    public Guid OrganizationId { get; init; }

    public Guid? RoomId { get; init; }

    public DateTimeOffset? StartedAfter { get; init; }

    /// <summary>The newest end time in the file when the state was written.</summary>
    public DateTimeOffset? LastEndTime { get; init; }

    /// <summary>How many chats in the file end at exactly <see cref="LastEndTime"/>.</summary>
    public int ChatsAtLastEndTime { get; init; }

    /// <summary>The data file's length when the state was written.</summary>
    public long FileLength { get; init; }

    /// <summary>True once a run has finished; false while one runs (or after one was killed).</summary>
    public bool Complete { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The state file of <paramref name="dataPath"/>.</summary>
    public static string PathFor(string dataPath) => dataPath + ".state.json";

    /// <summary>Reads the state, or null when there is none.</summary>
    /// <exception cref="ExportFileException">The state file is not one.</exception>
    public static ExportState? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), GiosgJsonContext.Default.ExportState)
                ?? throw new JsonException("null");
        }
        catch (JsonException exception)
        {
            throw new ExportFileException(path, $"The export state file '{path}' is not readable ({exception.Message}).", "Delete the state file: the next run continues from the data file itself, with the options you give.");
        }
    }

    /// <summary>Replaces the state atomically: a temporary file, then a rename, so a kill leaves the old state or the new one.</summary>
    public void Write(string path)
    {
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, this, GiosgJsonContext.Default.ExportState);
            stream.Flush(flushToDisk: true);
        }

#if NET8_0_OR_GREATER
        File.Move(temporary, path, overwrite: true);
#else
        if (File.Exists(path))
        {
            File.Replace(temporary, path, null);
        }
        else
        {
            File.Move(temporary, path);
        }
#endif
    }

    /// <summary>Why this state's file cannot be continued with <paramref name="request"/>, or null when it can.</summary>
    public string? Conflict(ChatExportRequest request, Guid organizationId)
    {
        if (request.Format is { } asked && asked != Format)
        {
            return $"it is a {Format} export, not {asked}";
        }

        if (OrganizationId != organizationId)
        {
            return $"it exports organization {OrganizationId}, not {organizationId}";
        }

        if (RoomId != request.RoomId)
        {
            return RoomId is null ? "it exports every room, not one" : $"it exports room {RoomId}, not {(request.RoomId is null ? "every room" : request.RoomId)}";
        }

        return StartedAfter != request.StartedAfter
            ? $"it exports chats started after {(StartedAfter is null ? "any time" : StartedAfter.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture))}, not {(request.StartedAfter is null ? "any time" : request.StartedAfter.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture))}"
            : null;
    }
}
