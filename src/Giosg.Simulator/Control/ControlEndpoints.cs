using System.Text.Json;
using Giosg.Simulator.Data;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Http;
using Giosg.Simulator.Json;
using Giosg.Simulator.Readings;

namespace Giosg.Simulator.Control;

/// <summary>
/// <c>/_simulator/…</c>: lets scripts and out-of-process tests inspect and steer the simulator (the
/// clock, touching chats, staging the housekeeping race, injecting faults). These routes need no token and are neither
/// logged nor faulted, so checking the log never changes it.
/// </summary>
internal static class ControlEndpoints
{
    /// <summary>How often the full chat dump hands its output to the network.</summary>
    private const int FlushEvery = 1000;

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        var control = app.MapGroup("/_simulator");
        control.MapGet("info", context => JsonResponse.WriteAsync(context.Response, StatusCodes.Status200OK, (context.Request, state), WriteInfo));
        control.MapGet("requests", context => JsonResponse.WriteAsync(context.Response, StatusCodes.Status200OK, state.Requests.Snapshot(), WriteRequests));
        control.MapDelete("requests", context =>
        {
            state.Requests.Clear();
            state.Requests.ResetMaxInFlight();
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
        control.MapGet("chats", context => WriteChatsAsync(context, state.Data));
        control.MapPost("chats/{id}/touch", context => TouchAsync(context, state.Data));
        control.MapPost("wake-up-after-listing", context => WakeUpAfterListingAsync(context, state.Data));
        control.MapPut("now", context => SetNowAsync(context, state.Clock));
        control.MapGet("listing", context => WriteListingAsync(context, state.Listing));
        control.MapPut("listing", context => SetListingAsync(context, state.Listing));
        FaultEndpoints.Map(control, state);
        control.MapGet("readings", context => WriteReadingsAsync(context, state));
        control.MapPut("readings", context =>
        {
            if (!ReadingNames.TryParse(context.Request.Query["set"], out var readings, out var error))
            {
                return ApiError.BadRequest(error!).WriteAsync(context);
            }

            state.Readings = readings;
            return WriteReadingsAsync(context, state);
        });
    }

    /// <summary><c>{"readings": ["NewestFirstByDefault", …]}</c>: the other readings played now.</summary>
    private static Task WriteReadingsAsync(HttpContext context, SimulatorState state) =>
        JsonResponse.WriteAsync(context.Response, StatusCodes.Status200OK, state.Readings, static (writer, readings) =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("readings");
            foreach (var name in ReadingNames.Format(readings).Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static void WriteInfo(Utf8JsonWriter writer, (HttpRequest Request, SimulatorState State) args)
    {
        var (request, state) = args;
        writer.WriteStartObject();
        writer.WriteString("baseUri", $"{request.Scheme}://{request.Host.ToUriComponent()}");
        writer.WriteString("organizationId", state.Data.OrganizationId);
        writer.WriteString("userId", state.Data.TokenUser.Id);
        writer.WriteString("token", state.Token);
        writer.WriteString("now", DateTimeText.ToText(state.Clock.UtcTicks));
        writer.WriteNumber("chats", state.Data.Chats.Count);
        writer.WriteNumber("seed", state.Seed);
        writer.WriteNumber("pageSize", state.PageSize);
        writer.WriteNumber("inFlight", state.Requests.InFlight);
        writer.WriteNumber("maxInFlight", state.Requests.MaxInFlight);
        writer.WriteEndObject();
    }

    private static void WriteRequests(Utf8JsonWriter writer, IReadOnlyList<LoggedRequest> requests)
    {
        writer.WriteStartArray();
        foreach (var request in requests)
        {
            writer.WriteStartObject();
            writer.WriteString("method", request.Method);
            writer.WriteString("path", request.Path);
            writer.WriteString("query", request.Query);
            writer.WriteNumber("statusCode", request.StatusCode);
            writer.WriteString("startedAt", DateTimeText.ToText(request.StartedAt.UtcTicks));
            writer.WriteNumber("durationMs", Math.Round(request.Duration.TotalMilliseconds, 3));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Every chat with the attributes a script needs to check a listing against, formatted as the API formats them.</summary>
    private static async Task WriteChatsAsync(HttpContext context, SimulatorData data)
    {
        using var writer = JsonResponse.Start(context.Response);
        writer.WriteStartArray();
        for (var i = 0; i < data.Chats.Count; i++)
        {
            var chat = data.Chats[i];
            var state = chat.Lifecycle;
            var utc = chat.Facts.Has(ChatTraits.UtcDesignator);
            writer.WriteStartObject();
            writer.WriteString("id", chat.Id);
            writer.WriteString("chat_type", chat.ChatType);
            writer.WriteString("room_id", chat.RoomId);
            writer.WriteString("room_organization_id", chat.RoomOrganizationId);
            writer.WriteString("visitor_id", chat.VisitorId);
            writer.WriteBoolean("is_ended", state.IsEnded);
            writer.WriteString("created_at", DateTimeText.ToText(chat.CreatedTicks, utc));
            writer.WriteString("updated_at", DateTimeText.ToText(state.UpdatedTicks, utc));
            if (state.IsEnded)
            {
                writer.WriteString("ended_at", DateTimeText.ToText(state.EndedTicks, utc));
            }
            else
            {
                writer.WriteNull("ended_at");
            }

            writer.WriteStartArray("tags");
            foreach (var tag in chat.Tags)
            {
                writer.WriteStringValue(tag.Name);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            if ((i + 1) % FlushEvery == 0)
            {
                await JsonResponse.FlushAsync(writer, context.Response);
            }
        }

        writer.WriteEndArray();
        await JsonResponse.FlushAsync(writer, context.Response);
    }

    /// <summary>Sets a chat's updated_at to the clock's "now", as if a message had just arrived.</summary>
    private static Task TouchAsync(HttpContext context, SimulatorData data)
    {
        if (!Guid.TryParse(RouteValues.Text(context, "id"), out var id) || data.FindChat(id) is null)
        {
            return ApiError.NotFound.WriteAsync(context);
        }

        var chat = data.Touch(id);
        return JsonResponse.WriteAsync(
            context.Response,
            StatusCodes.Status200OK,
            chat,
            static (writer, chat) =>
            {
                writer.WriteStartObject();
                writer.WriteString("id", chat.Id);
                writer.WriteString("updated_at", DateTimeText.ToText(chat.Lifecycle.UpdatedTicks, chat.Facts.Has(ChatTraits.UtcDesignator)));
                writer.WriteEndObject();
            });
    }

    /// <summary>Takes a JSON array of chat ids; 204 once staged, 400 for anything else, 404 (and nothing staged) for an unknown id.</summary>
    private static async Task WakeUpAfterListingAsync(HttpContext context, SimulatorData data)
    {
        var ids = new List<Guid>();
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
            if (body.RootElement.ValueKind != JsonValueKind.Array)
            {
                await ApiError.BadRequest("Expected a JSON array of chat ids.").WriteAsync(context);
                return;
            }

            foreach (var item in body.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || !Guid.TryParse(item.GetString(), out var id))
                {
                    await ApiError.BadRequest($"Not a chat id: {item.GetRawText()}").WriteAsync(context);
                    return;
                }

                ids.Add(id);
            }
        }
        catch (JsonException exception)
        {
            await ApiError.BadRequest($"JSON parse error - {exception.Message}").WriteAsync(context);
            return;
        }

        if (ids.Any(id => data.FindChat(id) is null))
        {
            await ApiError.NotFound.WriteAsync(context);
            return;
        }

        data.WakeUpAfterListing(ids);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>PUT ?cursors=keys|offsets&amp;churn=N:TOTAL&amp;refuseRepeatedEnd=true|false; each optional, the others stay.</summary>
    private static Task SetListingAsync(HttpContext context, Paging.ListingBehavior listing)
    {
        var query = context.Request.Query;
        var cursors = query["cursors"].ToString() switch
        {
            "" => listing.Cursors,
            "keys" => Paging.CursorMode.Keys,
            "offsets" => Paging.CursorMode.Offsets,
            _ => (Paging.CursorMode?)null,
        };
        var churn = query["churn"].ToString().Split(':');
        int perPage = listing.ChurnPerPage, total = listing.ChurnLeft;
        var churnOk = churn is [""] || (churn.Length == 2 && int.TryParse(churn[0], out perPage) && int.TryParse(churn[1], out total) && perPage >= 0 && total >= 0);
        var refuse = listing.RefuseRepeatedEnd;
        var refuseOk = query["refuseRepeatedEnd"].ToString() is "" || bool.TryParse(query["refuseRepeatedEnd"], out refuse);
        if (cursors is null || !churnOk || !refuseOk)
        {
            return ApiError.BadRequest("Expected cursors=keys|offsets, churn=N:TOTAL, refuseRepeatedEnd=true|false.").WriteAsync(context);
        }

        listing.Cursors = cursors.Value;
        listing.SetChurn(perPage, total);
        listing.RefuseRepeatedEnd = refuse;
        return WriteListingAsync(context, listing);
    }

    private static Task WriteListingAsync(HttpContext context, Paging.ListingBehavior listing) =>
        JsonResponse.WriteAsync(
            context.Response,
            StatusCodes.Status200OK,
            listing,
            static (writer, listing) =>
            {
                writer.WriteStartObject();
                writer.WriteString("cursors", listing.Cursors == Paging.CursorMode.Offsets ? "offsets" : "keys");
                writer.WriteNumber("churnPerPage", listing.ChurnPerPage);
                writer.WriteNumber("churnLeft", listing.ChurnLeft);
                writer.WriteBoolean("refuseRepeatedEnd", listing.RefuseRepeatedEnd);
                writer.WriteEndObject();
            });

    private static Task SetNowAsync(HttpContext context, SimulatorClock clock)
    {
        var reader = new QueryReader(context.Request.Query);
        if (reader.DateTime("value") is not { } now)
        {
            return (reader.Error ?? ApiError.Field("value", "This field is required.")).WriteAsync(context);
        }

        clock.Now = now;
        return JsonResponse.WriteAsync(
            context.Response,
            StatusCodes.Status200OK,
            clock.UtcTicks,
            static (writer, ticks) =>
            {
                writer.WriteStartObject();
                writer.WriteString("now", DateTimeText.ToText(ticks));
                writer.WriteEndObject();
            });
    }
}
