using System.Text.Json;
using Giosg.Simulator.Data;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Tags;

/// <summary>The three documented shapes of a tag: on a chat, allowed by a room, and just added.</summary>
internal static class TagJson
{
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText CreatedAt = JsonEncodedText.Encode("created_at");
    private static readonly JsonEncodedText HashedName = JsonEncodedText.Encode("hashed_name");
    private static readonly JsonEncodedText RoomId = JsonEncodedText.Encode("room_id");

    /// <summary>A chat's tag in a listing: <c>{"name", "created_at"}</c>, as the example shows.</summary>
    public static void Write(Utf8JsonWriter writer, ChatTag tag, bool utcDesignator)
    {
        writer.WriteStartObject();
        writer.WriteString(Name, tag.Name);
        writer.WriteDateTime(CreatedAt, tag.CreatedTicks, utcDesignator);
        writer.WriteEndObject();
    }

    /// <summary>The answer to adding a tag: <c>{"name", "hashed_name", "created_at"}</c>, as the example shows.</summary>
    public static void WriteAdded(Utf8JsonWriter writer, ChatTag tag, bool utcDesignator)
    {
        writer.WriteStartObject();
        writer.WriteString(Name, tag.Name);
        writer.WriteString(HashedName, NameHash.Sha1Hex(tag.Name));
        writer.WriteDateTime(CreatedAt, tag.CreatedTicks, utcDesignator);
        writer.WriteEndObject();
    }

    /// <summary>An allowed tag: <c>{"name", "created_at", "hashed_name", "room_id"}</c>.</summary>
    public static void WriteAllowed(Utf8JsonWriter writer, AllowedTag tag, SimRoom room, bool utcDesignator)
    {
        writer.WriteStartObject();
        writer.WriteString(Name, tag.Name);
        writer.WriteDateTime(CreatedAt, tag.CreatedTicks, utcDesignator);
        writer.WriteString(HashedName, tag.HashedName);
        writer.WriteString(RoomId, room.Id);
        writer.WriteEndObject();
    }
}
