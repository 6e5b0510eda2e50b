using System.Text.Json;

namespace Giosg.Benchmarks.Baseline;

/// <summary>
/// The listing a user writes without the client: HttpClient, each page into a JsonDocument,
/// every page collected into one list, <c>next</c> followed, no prefetch. Nothing is returned
/// until the last page has arrived.
/// </summary>
internal static class JsonDocumentListing
{
    public static async Task<CollectedChats> CollectAsync(HttpClient http, Uri firstPage, int maxPages = int.MaxValue, CancellationToken cancellationToken = default)
    {
        var collected = new CollectedChats();
        Uri? next = firstPage;
        for (var page = 0; next is not null && page < maxPages; page++)
        {
            var document = await GetPageAsync(http, next, cancellationToken);
            collected.Add(document);
            next = NextLink(document, next);
        }

        return collected;
    }

    /// <summary>One page, parsed; the caller owns the document.</summary>
    public static async Task<JsonDocument> GetPageAsync(HttpClient http, Uri uri, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
    }

    private static Uri? NextLink(JsonDocument page, Uri current) =>
        page.RootElement.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String
            ? new Uri(current, next.GetString())
            : null;
}
