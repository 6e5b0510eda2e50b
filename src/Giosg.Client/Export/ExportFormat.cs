namespace Giosg.Client.Export;

/// <summary>The file format of an export.</summary>
public enum ExportFormat
{
    /// <summary>One line per chat: the chat object exactly as the API returned it (messages in <c>logs</c>).</summary>
    Jsonl,

    /// <summary>One row per chat; tags, API data, shopping carts and messages are JSON arrays in their own columns.</summary>
    Csv,
}
