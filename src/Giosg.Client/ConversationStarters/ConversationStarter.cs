using System.Text.Json.Serialization;

namespace Giosg.Client.ConversationStarters;

/// <summary>
/// A user's greeting in one language (001, "Chat conversation starters"): at most one per language.
/// <see cref="UserId"/> comes from the request path, so a starter piped on names its user.
/// </summary>
public sealed record ConversationStarter
{
    /// <summary>The language, an RFC 3066 code such as <c>en</c> or <c>fi</c>.</summary>
    public string LanguageCode { get; init; } = "";

    /// <summary>The greeting.</summary>
    public string? Message { get; init; }

    /// <summary>When the starter was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the starter was last updated.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The user whose starter it is (from the path, not the API's attributes).</summary>
    [JsonIgnore]
    public Guid UserId { get; internal set; }
}
