using System.Globalization;
using System.Text.Json;
using Giosg.Simulator.Auth;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Reporting;

/// <summary>
/// <c>POST /api/reporting/v1/orgs/{org}/chat_sessions</c> (002): filters the organization's session
/// rows started within the interval (both ends included, as 002's example ends a day at
/// 23:59:59.999), buckets them by start in the query's time zone, groups them (a list dimension
/// groups each of its values, as Druid does), and aggregates. hyperUnique is an exact distinct count.
/// Only buckets with rows are answered, except that <c>all</c> without <c>group_by</c> always answers one.
/// </summary>
internal static class ReportingEndpoint
{
    private const string Timestamp = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    public static void Map(IEndpointRouteBuilder app, SimulatorState state) =>
        app.MapPost("/api/reporting/v1/orgs/{org:guid}/chat_sessions", context => QueryAsync(context, state));

    private static async Task QueryAsync(HttpContext context, SimulatorState state)
    {
        if (ApiAccess.CheckOrganization(context, state.Data) is { } denied)
        {
            await denied.WriteAsync(context);
            return;
        }

        SessionQuery query;
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            query = SessionQuery.Read(body.RootElement);
        }
        catch (JsonException exception)
        {
            await ApiError.BadRequest($"JSON parse error - {exception.Message}").WriteAsync(context);
            return;
        }
        catch (SessionQueryException exception)
        {
            await ApiError.Field(exception.Attribute, exception.Message).WriteAsync(context);
            return;
        }

        var rows = SessionRow.All(state.Data, state.Seed).Where(row => row.Chat.CreatedAt >= query.Start && row.Chat.CreatedAt <= query.End && query.Filter(row));
        var buckets = new SortedDictionary<string, List<SessionRow>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var start = BucketStart(row.Chat.CreatedAt, query);
            foreach (var group in Groups(row, query.GroupBy, 0))
            {
                // The key sorts by bucket (UTC ticks, fixed width) and then by group values.
                var key = start.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + start.ToString(Timestamp, CultureInfo.InvariantCulture) + group;
                if (!buckets.TryGetValue(key, out var members))
                {
                    buckets[key] = members = [];
                }

                members.Add(row);
            }
        }

        if (buckets.Count == 0 && query.Granularity == "all" && query.GroupBy.Length == 0)
        {
            var start = TimeZoneInfo.ConvertTime(query.Start, query.Zone);
            buckets[start.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + start.ToString(Timestamp, CultureInfo.InvariantCulture)] = [];
        }

        await JsonResponse.WriteAsync(context.Response, StatusCodes.Status200OK, (query, buckets), Write);
    }

    private static void Write(Utf8JsonWriter writer, (SessionQuery Query, SortedDictionary<string, List<SessionRow>> Buckets) result)
    {
        var query = result.Query;
        writer.WriteStartObject();
        writer.WriteStartArray("fields");
        foreach (var (name, type) in query.GroupBy.Select(g => (g, "dimension")).Prepend(("start_time", "dimension")).Concat(query.Metrics.Select(m => (SessionQuery.MetricName(m), "metric"))))
        {
            writer.WriteStartObject();
            writer.WriteString("name", name);
            writer.WriteString("type", type);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("data");
        foreach (var (key, rows) in result.Buckets)
        {
            writer.WriteStartArray();
            var parts = key[19..].Split('\u001f');
            writer.WriteStringValue(parts[0]);
            foreach (var value in parts.Skip(1))
            {
                if (value == "\u0000")
                {
                    writer.WriteNullValue();
                }
                else
                {
                    writer.WriteStringValue(value);
                }
            }

            foreach (var metric in query.Metrics)
            {
                WriteMetric(writer, metric, rows);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMetric(Utf8JsonWriter writer, (string Type, string? Field) metric, List<SessionRow> rows)
    {
        var field = metric.Field!;
        switch (metric.Type)
        {
            case "count":
                writer.WriteNumberValue(rows.Count);
                break;
            case "sum":
                writer.WriteNumberValue(rows.Sum(row => (double)row.Value(field)!));
                break;
            case "avg" when rows.Count == 0:
                writer.WriteNullValue();
                break;
            case "avg":
                writer.WriteNumberValue(rows.Average(row => (double)row.Value(field)!));
                break;
            default:
                writer.WriteNumberValue((double)rows.SelectMany(row => row.Texts(field)).Where(value => value is not null).Distinct().Count());
                break;
        }
    }

    /// <summary>The row's group values, joined by U+001F (U+0000 for null); a list value yields one group per element.</summary>
    private static IEnumerable<string> Groups(SessionRow row, string[] groupBy, int index)
    {
        if (index == groupBy.Length)
        {
            yield return string.Empty;
            yield break;
        }

        foreach (var value in row.Texts(groupBy[index]).Distinct())
        {
            foreach (var rest in Groups(row, groupBy, index + 1))
            {
                yield return "\u001f" + (value ?? "\u0000") + rest;
            }
        }
    }

    /// <summary>Where the bucket of <paramref name="time"/> starts, on the query time zone's clock (so a day is 23 or 25 hours at a DST change).</summary>
    private static DateTimeOffset BucketStart(DateTimeOffset time, SessionQuery query)
    {
        var local = TimeZoneInfo.ConvertTime(time, query.Zone);
        var wall = query.Granularity switch
        {
            "hour" => local.DateTime.Date.AddHours(local.Hour),
            "day" => local.DateTime.Date,
            "week" => local.DateTime.Date.AddDays(-(((int)local.DayOfWeek + 6) % 7)),
            "month" => new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified),
            _ => DateTime.MinValue,
        };

        return query.Granularity switch
        {
            "all" => TimeZoneInfo.ConvertTime(query.Start, query.Zone),

            // An hour keeps the instant's own offset: the repeated hour of an autumn night is two buckets.
            "hour" => new DateTimeOffset(wall, local.Offset),
            _ => new DateTimeOffset(wall, query.Zone.GetUtcOffset(wall)),
        };
    }
}
