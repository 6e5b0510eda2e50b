using System.Text.Json;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Chats;

/// <summary>
/// The two documented edits of a chat: <c>{"is_ended": true}</c> ends it, <c>{"is_waiting": false}</c>
/// marks it not waiting. Other attributes are read-only and ignored, as Django REST framework does.
/// </summary>
internal readonly record struct ChatChange(bool? IsEnded, bool? IsWaiting)
{
    public static bool TryRead(JsonElement body, out ChatChange change, out ApiError? error)
    {
        change = default;
        error = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            error = ApiError.Field("non_field_errors", $"Invalid data. Expected a dictionary, but got {body.ValueKind.ToString().ToLowerInvariant()}.");
            return false;
        }

        if (!TryReadBoolean(body, "is_ended", out var isEnded, ref error) || !TryReadBoolean(body, "is_waiting", out var isWaiting, ref error))
        {
            return false;
        }

        if (isEnded is null && isWaiting is null)
        {
            error = ApiError.BadRequest("Nothing to change: send {\"is_ended\": true} or {\"is_waiting\": false}.");
            return false;
        }

        if (isWaiting is true)
        {
            error = ApiError.Field("is_waiting", "A chat can only be changed to not waiting.");
            return false;
        }

        change = new ChatChange(isEnded, isWaiting);
        return true;
    }

    private static bool TryReadBoolean(JsonElement body, string name, out bool? value, ref ApiError? error)
    {
        value = null;
        if (!body.TryGetProperty(name, out var property))
        {
            return true;
        }

        if (property.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            error = ApiError.Field(name, "Must be a valid boolean.");
            return false;
        }

        value = property.GetBoolean();
        return true;
    }
}
