using System.Globalization;
using System.Text.Json.Nodes;

namespace Giosg.Simulator.Tests.Infrastructure;

/// <summary>Reading chat JSON the way a client must: ids as text, datetimes with or without an offset (none means UTC).</summary>
public static class ApiJson
{
    public static Guid Id(this JsonNode node, string name = "id") => Guid.Parse((string)node[name]!);

    public static IEnumerable<Guid> Ids(this IEnumerable<JsonNode> nodes) => nodes.Select(node => node.Id());

    public static DateTimeOffset Time(this JsonNode node, string name) =>
        DateTimeOffset.Parse((string)node[name]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? TimeOrNull(this JsonNode node, string name) => node[name] is null ? null : node.Time(name);

    /// <summary>An ISO 8601 query value (URL-escaped: '+' in an offset would otherwise read as a space).</summary>
    public static string Query(DateTimeOffset time, string format = "yyyy-MM-ddTHH:mm:ss.fffzzz") =>
        Uri.EscapeDataString(time.ToString(format, CultureInfo.InvariantCulture));
}
