using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Giosg.Client.Chats;
using Giosg.Client.Json;

namespace Giosg.Client.Export;

/// <summary>The identity of an exported line: what recovery reads back from the file.</summary>
internal readonly record struct ExportKey(Guid Id, DateTimeOffset EndTime);

/// <summary>The two attributes the export decides by, read without the rest of the chat.</summary>
internal sealed record ExportChatKey
{
    public Guid Id { get; init; }

    public DateTimeOffset? EndTime { get; init; }
}

/// <summary>
/// Turns a chat into one line of the file and reads a line's key back. Every line is one physical line
/// ending in '\n' (JSON escapes line breaks; CSV cells that could hold one are JSON or have them replaced),
/// so a torn write is always the bytes after the last '\n'.
/// </summary>
internal sealed class ExportLines : IDisposable
{
    /// <summary>The CSV header; <c>id</c> and <c>end_time</c> lead so recovery reads them without a CSV parser.</summary>
    public const string CsvHeader =
        "id,end_time,start_time,updated_at,room_id,is_private,is_real_conversation,is_autosuggested,message_count,operator_message_count,visitor_message_count,start_url,start_url_title,autosuggest_url,autosuggest_url_title,tags,api_data,shopping_carts,messages";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] Newline = [(byte)'\n'];
    private readonly MemoryStream _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json;
    private readonly StringBuilder _csv = new(4096);

    public ExportLines(ExportFormat format)
    {
        Format = format;
        _json = new Utf8JsonWriter(_buffer, WriterOptions);
    }

    public ExportFormat Format { get; }

    public void Dispose()
    {
        _json.Dispose();
        _buffer.Dispose();
    }

    /// <summary>The line for <paramref name="chat"/>, including its '\n'; valid until the next call.</summary>
    public ArraySegment<byte> Line(JsonElement chat)
    {
        _buffer.SetLength(0);
        if (Format == ExportFormat.Jsonl)
        {
            // The API's own text, byte for byte; re-written compactly only if it spans lines (pretty-printed).
            var raw = Encoding.UTF8.GetBytes(chat.GetRawText());
            if (Array.IndexOf(raw, (byte)'\n') < 0 && Array.IndexOf(raw, (byte)'\r') < 0)
            {
                _buffer.Write(raw, 0, raw.Length);
            }
            else
            {
                _json.Reset(_buffer);
                chat.WriteTo(_json);
                _json.Flush();
            }
        }
        else
        {
            var typed = chat.Deserialize(GiosgJsonContext.Default.LegacyChat) ?? throw new JsonException("A chat of the listing is null.");
            var bytes = Encoding.UTF8.GetBytes(CsvRow(typed));
            _buffer.Write(bytes, 0, bytes.Length);
        }

        _buffer.Write(Newline, 0, 1);
        return new ArraySegment<byte>(_buffer.GetBuffer(), 0, (int)_buffer.Length);
    }

    /// <summary>Reads the key of one complete line (without its '\n'); null for the CSV header.</summary>
    /// <exception cref="FormatException">The line is not an exported chat.</exception>
    public ExportKey? Key(ReadOnlySpan<byte> line)
    {
        if (Format == ExportFormat.Jsonl)
        {
            ExportChatKey? chat;
            try
            {
                chat = JsonSerializer.Deserialize(line, GiosgJsonContext.Default.ExportChatKey);
            }
            catch (JsonException exception)
            {
                throw new FormatException("not a JSON object: " + exception.Message, exception);
            }

            return chat is { Id: var id, EndTime: { } end } && id != Guid.Empty
                ? new ExportKey(id, end)
                : throw new FormatException("not an ended chat (no id or no end_time)");
        }

        var text = Encoding.UTF8.GetString(line.ToArray()).TrimEnd('\r');
        if (text == CsvHeader)
        {
            return null;
        }

        var cells = text.Split([','], 3);
        return cells.Length == 3
            && Guid.TryParseExact(cells[0], "D", out var rowId)
            && DateTimeOffset.TryParse(cells[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var rowEnd)
            ? new ExportKey(rowId, rowEnd)
            : throw new FormatException("not a row of this export (id, end_time, ...)");
    }

    private string CsvRow(LegacyChat chat)
    {
        var row = _csv.Clear();
        row.Append(chat.Id.ToString("D")).Append(',');
        row.Append(Moment(chat.EndTime)).Append(',');
        row.Append(Moment(chat.StartTime)).Append(',');
        row.Append(Moment(chat.UpdatedAt)).Append(',');
        row.Append(chat.RoomId.ToString("D")).Append(',');
        row.Append(Bool(chat.IsPrivate)).Append(',');
        row.Append(Bool(chat.IsRealConversation)).Append(',');
        row.Append(Bool(chat.IsAutosuggested)).Append(',');
        row.Append(chat.MessageCount.ToString(CultureInfo.InvariantCulture)).Append(',');
        row.Append(chat.OperatorMessageCount.ToString(CultureInfo.InvariantCulture)).Append(',');
        row.Append(chat.VisitorMessageCount.ToString(CultureInfo.InvariantCulture)).Append(',');
        Text(row, chat.StartUrl).Append(',');
        Text(row, chat.StartUrlTitle).Append(',');
        Text(row, chat.AutosuggestUrl).Append(',');
        Text(row, chat.AutosuggestUrlTitle).Append(',');
        Text(row, Json(chat.Tags.Select(tag => tag.Name ?? string.Empty).ToList(), GiosgJsonContext.Default.ListString)).Append(',');
        Text(row, Json(chat.ApiData, GiosgJsonContext.Default.IReadOnlyListLegacyApiData)).Append(',');
        Text(row, Json(chat.ShoppingCarts, GiosgJsonContext.Default.IReadOnlyListLegacyShoppingCart)).Append(',');
        Text(row, Json(chat.Logs, GiosgJsonContext.Default.IReadOnlyListLegacyChatLog));
        return row.ToString();
    }

    private static string Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => JsonSerializer.Serialize(value, type);

    private static string Moment(DateTimeOffset? value) =>
        value is { } moment ? moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) : string.Empty;

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>RFC 4180 quoting; line breaks become spaces so a row stays one physical line (JSON cells never hold one).</summary>
    private static StringBuilder Text(StringBuilder row, string? value)
    {
        if (value is null || value.Length == 0)
        {
            return row;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return row.Append(value);
        }

        row.Append('"');
        foreach (var c in value)
        {
            row.Append(c switch
            {
                '"' => "\"\"",
                '\r' or '\n' => " ",
                _ => c.ToString(),
            });
        }

        return row.Append('"');
    }
}
