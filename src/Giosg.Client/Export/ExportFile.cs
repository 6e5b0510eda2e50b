using System.Text;

namespace Giosg.Client.Export;

/// <summary>Where a file's export left off: the newest end time in it and the chats written at exactly that time.</summary>
internal sealed record ExportFrontier(DateTimeOffset? LastEndTime, HashSet<Guid> IdsAtLastEndTime, long RepairedBytes, long Length);

/// <summary>
/// The data file of an export, opened for appending. The file itself is the record of what was exported:
/// lines are appended in ascending end time, each ending in '\n', so on opening a torn last line (a run
/// killed mid-write) is cut off and the last complete lines say where to continue.
/// </summary>
internal sealed class ExportFile : IDisposable
{
    private const int Block = 64 * 1024;
    private readonly FileStream _stream;
    private readonly BufferedStream _buffered;

    private ExportFile(FileStream stream)
    {
        _stream = stream;
        _buffered = new BufferedStream(stream, Block);
    }

    public string Path => _stream.Name;

    /// <summary>Opens (or creates) the file, repairs a torn last line and reads its frontier.</summary>
    /// <exception cref="ExportFileException">A complete line is not an exported chat of this format.</exception>
    public static ExportFile Open(string path, ExportLines lines, out ExportFrontier frontier)
    {
        // FileShare.Read: a second export into the same file at the same time fails here instead of interleaving lines.
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1, FileOptions.None);
        try
        {
            frontier = Recover(stream, lines);
            stream.Seek(0, SeekOrigin.End);
            var file = new ExportFile(stream);
            if (lines.Format == ExportFormat.Csv && stream.Length == 0)
            {
                file.Append(new ArraySegment<byte>(Encoding.UTF8.GetBytes(ExportLines.CsvHeader + "\n")));
                file.Commit();
            }

            return file;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public void Append(ArraySegment<byte> line) => _buffered.Write(line.Array!, line.Offset, line.Count);

    /// <summary>Writes what is buffered and forces it to disk: what the state file records must be durable first.</summary>
    public void Commit()
    {
        _buffered.Flush();
        _stream.Flush(flushToDisk: true);
    }

    public long Length => _stream.Length;

    public void Dispose()
    {
        _buffered.Dispose();
        _stream.Dispose();
    }

    private static ExportFrontier Recover(FileStream stream, ExportLines lines)
    {
        var length = stream.Length;
        if (length == 0)
        {
            return new ExportFrontier(null, [], 0, 0);
        }

        // Read the tail, more of it each time, until it holds the last newline and the whole tie group before it.
        for (var window = (long)Block; ; window *= 4)
        {
            var start = Math.Max(0, length - window);
            var tail = new byte[length - start];
            stream.Seek(start, SeekOrigin.Begin);
            for (var read = 0; read < tail.Length;)
            {
                var got = stream.Read(tail, read, tail.Length - read);
                read += got > 0 ? got : throw new EndOfStreamException($"'{stream.Name}' became shorter while it was read.");
            }

            var lastNewline = Array.LastIndexOf(tail, (byte)'\n');
            if (lastNewline < 0 && start > 0)
            {
                continue;
            }

            var repaired = tail.Length - (lastNewline + 1);
            var complete = start + lastNewline + 1;
            if (repaired > 0)
            {
                stream.SetLength(complete);
                stream.Flush(flushToDisk: true);
            }

            if (TryReadFrontier(tail.AsSpan(0, lastNewline + 1), atFileStart: start == 0, lines, out var last, out var ids, stream.Name))
            {
                return new ExportFrontier(last, ids, repaired, complete);
            }
        }
    }

    /// <summary>Walks complete lines backwards: the last one's end time, and every id at that time. False when the window is too short to tell.</summary>
    private static bool TryReadFrontier(ReadOnlySpan<byte> text, bool atFileStart, ExportLines lines, out DateTimeOffset? last, out HashSet<Guid> ids, string path)
    {
        last = null;
        ids = [];
        var end = text.Length - 1; // the '\n' of the last complete line, or -1
        var lineNumberFromEnd = 0;
        while (end >= 0)
        {
            var begin = end == 0 ? -1 : text.Slice(0, end).LastIndexOf((byte)'\n');
            if (begin < 0 && !atFileStart)
            {
                return false; // this line may start before the window
            }

            var line = text.Slice(begin + 1, end - begin - 1);
            lineNumberFromEnd++;
            ExportKey? key;
            try
            {
                key = line.IsEmpty ? throw new FormatException("an empty line") : lines.Key(line);
            }
            catch (FormatException exception)
            {
                throw new ExportFileException(
                    path,
                    $"The export file '{path}' cannot be continued: line {lineNumberFromEnd} from the end is {exception.Message}. It was edited, or it is not a {lines.Format} export.",
                    "Restore the file, or move it away (with its .state.json file beside it) to start a new export.");
            }

            if (key is not { } chat || last is { } newest && chat.EndTime != newest)
            {
                return true;
            }

            last = chat.EndTime;
            ids.Add(chat.Id);
            end = begin;
        }

        return true;
    }
}
