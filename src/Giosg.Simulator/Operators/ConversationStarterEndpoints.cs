using System.Collections.Concurrent;
using System.Text.Json;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Http;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Operators;

/// <summary>
/// Users' conversation starters (001): one per language, for any user of the organization (an administrator
/// rolls them out for everyone). "Supported languages" are not listed in 001; here they are a short list.
/// The collection is one page: a user has a handful.
/// </summary>
internal sealed class ConversationStarterEndpoints(SimulatorState state)
{
    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal) { "en", "en-us", "en-gb", "fi", "sv", "de", "fr", "es", "et", "ru", "nb", "da", "nl", "it", "pl", "pt", "ja", "zh" };

    private readonly ConcurrentDictionary<(Guid User, string Code), Starter> _starters = new();
    private long _sequence;

    public static void Map(IEndpointRouteBuilder api, SimulatorState state)
    {
        var starters = new ConversationStarterEndpoints(state);
        const string Collection = "users/{user:guid}/chat_conversation_starters";
        api.MapGet(Collection, starters.ListAsync);
        api.MapPost(Collection, starters.AddAsync);
        api.MapMethods(Collection + "/{code}", [HttpMethods.Patch, HttpMethods.Put], starters.UpdateAsync);
        api.MapDelete(Collection + "/{code}", starters.RemoveAsync);
    }

    private Task ListAsync(HttpContext context)
    {
        if (User(context) is not { } user)
        {
            return ApiError.PermissionDenied.WriteAsync(context);
        }

        var mine = _starters.Where(pair => pair.Key.User == user).OrderBy(pair => pair.Value.Sequence).ToList();
        return JsonResponse.WriteAsync(context.Response, StatusCodes.Status200OK, mine, static (writer, list) =>
        {
            writer.WriteStartObject();
            writer.WriteNull("next");
            writer.WriteNull("previous");
            writer.WriteStartArray("results");
            foreach (var (key, starter) in list)
            {
                Write(writer, key.Code, starter);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>201; 400 naming a missing attribute, an unsupported language, or one the user has already.</summary>
    private async Task AddAsync(HttpContext context)
    {
        var (body, error) = await JsonBody.ReadAsync(context);
        var user = User(context);
        var (code, message) = (body.ValueKind == JsonValueKind.Object ? body.Text("language_code") : null, body.ValueKind == JsonValueKind.Object ? body.Text("message") : null);
        error ??= user is null ? ApiError.PermissionDenied
            : string.IsNullOrWhiteSpace(code) ? ApiError.Field("language_code", "This field is required.")
            : string.IsNullOrWhiteSpace(message) ? ApiError.Field("message", "This field is required.")
            : !Supported.Contains(code) ? ApiError.Field("language_code", $"\"{code}\" is not a valid choice.")
            : null;
        if (error is not null)
        {
            await error.WriteAsync(context);
            return;
        }

        var now = state.Clock.UtcTicks;
        var starter = new Starter(message!, now, now, Interlocked.Increment(ref _sequence));
        if (!_starters.TryAdd((user!.Value, code!), starter))
        {
            await ApiError.BadRequest("The user already has a conversation starter with given language_code.").WriteAsync(context);
            return;
        }

        await JsonResponse.WriteAsync(context.Response, StatusCodes.Status201Created, (code!, starter), static (writer, s) => Write(writer, s.Item1, s.starter));
    }

    /// <summary>200; 404 for a language the user has no starter in; 400 for a missing message on PUT or an empty one.</summary>
    private async Task UpdateAsync(HttpContext context)
    {
        var (body, error) = await JsonBody.ReadAsync(context);
        if (User(context) is not { } user)
        {
            await ApiError.PermissionDenied.WriteAsync(context);
            return;
        }

        var key = (user, RouteValues.Text(context, "code"));
        if (!_starters.TryGetValue(key, out var current))
        {
            await ApiError.NotFound.WriteAsync(context);
            return;
        }

        var message = error is null ? body.Text("message") : null;
        var present = error is null && body.TryGetProperty("message", out _);
        if ((error ?? (HttpMethods.IsPut(context.Request.Method) && !present || present && string.IsNullOrWhiteSpace(message) ? ApiError.Field("message", "This field is required.") : null)) is { } refused)
        {
            await refused.WriteAsync(context);
            return;
        }

        var updated = current with { Message = message ?? current.Message, UpdatedTicks = state.Clock.UtcTicks };
        _starters[key] = updated;
        await JsonResponse.WriteAsync(context.Response, StatusCodes.Status200OK, (key.Item2, updated), static (writer, s) => Write(writer, s.Item1, s.updated));
    }

    /// <summary>204; 404 for a language the user has no starter in.</summary>
    private Task RemoveAsync(HttpContext context)
    {
        if (User(context) is not { } user)
        {
            return ApiError.PermissionDenied.WriteAsync(context);
        }

        if (!_starters.TryRemove((user, RouteValues.Text(context, "code")), out _))
        {
            return ApiError.NotFound.WriteAsync(context);
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    /// <summary>The user in the path when they belong to the organization; otherwise a 403.</summary>
    private Guid? User(HttpContext context)
    {
        var id = RouteValues.Guid(context, "user");
        return state.Data.Users.Any(user => user.Id == id && user.OrganizationId == state.Data.OrganizationId) ? id : null;
    }

    private static void Write(Utf8JsonWriter writer, string code, Starter starter)
    {
        writer.WriteStartObject();
        writer.WriteString("language_code", code);
        writer.WriteString("message", starter.Message);
        writer.WriteString("created_at", DateTimeText.ToText(starter.CreatedTicks));
        writer.WriteString("updated_at", DateTimeText.ToText(starter.UpdatedTicks));
        writer.WriteEndObject();
    }

    /// <summary>A starter; <paramref name="Sequence"/> keeps creation order when the simulator clock stands still.</summary>
    private sealed record Starter(string Message, long CreatedTicks, long UpdatedTicks, long Sequence);
}
