using Giosg.Simulator.Http;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Legacy;

/// <summary>
/// The parameters of the older page-numbered <c>orgs/&lt;org&gt;/chats</c> collection that a client
/// pages with: <c>page</c>, <c>page_size</c> and <c>ordering</c> by <c>start_time</c>. Its filters
/// (003) are not simulated: no client of this repository sends them, and unknown parameters are ignored.
/// </summary>
internal sealed record LegacyChatQuery
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    /// <summary>The requested page: a number, or <c>last</c>; anything else is an invalid page (404).</summary>
    public string Page { get; init; } = "1";

    public int PageSize { get; init; } = DefaultPageSize;

    public bool Descending { get; init; }

    public static bool TryParse(IQueryCollection query, out LegacyChatQuery result, out ApiError? error)
    {
        var reader = new QueryReader(query);
        var ordering = reader.Choice("ordering", ["start_time", "-start_time"]) ?? "start_time";
        result = new LegacyChatQuery
        {
            Page = reader.Text("page") ?? "1",
            PageSize = PageSizeFrom(reader.Text("page_size")),
            Descending = ordering.StartsWith('-'),
        };
        error = reader.Error;
        return error is null;
    }

    /// <summary>As Django REST framework: a bad or non-positive size means the default, a big one the maximum.</summary>
    private static int PageSizeFrom(string? text) =>
        int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var size) && size > 0 ? Math.Min(size, MaxPageSize) : DefaultPageSize;
}
