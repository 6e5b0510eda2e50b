namespace Giosg.Client.Paging;

/// <summary>
/// One page of a collection in either documented shape: cursor (<c>next</c>, <c>previous</c>,
/// <c>results</c>) or page-numbered (<c>count</c>, <c>num_pages</c>, <c>next_page_url</c>, …).
/// Reading both into one type lets a single reader follow either.
/// </summary>
internal sealed class ApiPage<T>
{
    public List<T>? Results { get; set; }

    // Cursor shape.
    public string? Next { get; set; }

    public string? Previous { get; set; }

    // Page-numbered shape.
    public int? Count { get; set; }

    public int? NumPages { get; set; }

    public int? CurrentPage { get; set; }

    public string? NextPageUrl { get; set; }

    /// <summary>The link to the next page, whichever shape the server used.</summary>
    public string? NextLink => Next ?? NextPageUrl;
}
