using System.Text.Json;

namespace Giosg.Simulator.Json;

/// <summary>A sender's or member's avatar: <c>{"id", "url"}</c>, or null when they have none (visitors never do).</summary>
internal static class AvatarJson
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");

    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, SimUser? user)
    {
        if (user is not { AvatarId: { } id })
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString(Id, id);
        writer.WriteString(Url, user.AvatarUrl);
        writer.WriteEndObject();
    }
}
