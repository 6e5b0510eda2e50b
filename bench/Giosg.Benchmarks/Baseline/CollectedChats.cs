using System.Text.Json;

namespace Giosg.Benchmarks.Baseline;

/// <summary>Every chat of a baseline listing, with the page documents that hold them alive.</summary>
internal sealed class CollectedChats : IDisposable
{
    private readonly List<JsonDocument> _pages = [];

    public List<JsonElement> Chats { get; } = [];

    public int Pages => _pages.Count;

    public void Add(JsonDocument page)
    {
        _pages.Add(page);
        Chats.AddRange(page.RootElement.GetProperty("results").EnumerateArray());
    }

    /// <summary>Returns the pages' pooled buffers; a user's script would leave that to the GC.</summary>
    public void Dispose()
    {
        foreach (var page in _pages)
        {
            page.Dispose();
        }

        _pages.Clear();
        Chats.Clear();
    }
}
