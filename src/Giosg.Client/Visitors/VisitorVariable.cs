namespace Giosg.Client.Visitors;

/// <summary>
/// A variable set for a chat's visitor (000, "Fetch visitor data for a chat"). The guide names the
/// endpoint but not the attributes; these are the ones Giosg's public TypeScript types for its API
/// (<c>@giosg/types</c>, <c>lib/variables.d.ts</c>) list. <see cref="ChatId"/> and
/// <see cref="VisitorId"/> come from the request's path, which names them (docs/api-assumptions.md).
/// </summary>
public sealed record VisitorVariable
{
    /// <summary>The variable's name.</summary>
    public string? Key { get; init; }

    /// <summary>Its value, as text; null when the value is encrypted and the server no longer holds the key (see <see cref="EncryptedValue"/>).</summary>
    public string? Value { get; init; }

    /// <summary>Whether the value is stored encrypted.</summary>
    public bool IsEncrypted { get; init; }

    /// <summary>The encrypted value, when <see cref="IsEncrypted"/>.</summary>
    public string? EncryptedValue { get; init; }

    /// <summary>The encrypted symmetric key of <see cref="EncryptedValue"/>, when the API gives it.</summary>
    public string? EncryptedSymmetricKey { get; init; }

    /// <summary>Whether the variable was set with a signature (by the site, not typed by the visitor).</summary>
    public bool IsSigned { get; init; }

    /// <summary>The room the variable was set in.</summary>
    public Guid? RoomId { get; init; }

    /// <summary>The organization the variable belongs to.</summary>
    public Guid? OrganizationId { get; init; }

    /// <summary>The visitor's session the variable was set in.</summary>
    public string? SessionId { get; init; }

    /// <summary>When it was set, if the API says.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it last changed, if the API says.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The chat, from the request's path (the API's <c>chat_id</c> names the same chat).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ChatId { get; internal set; }

    /// <summary>The visitor, from the request's path (the API's <c>visitor_id</c> names the same visitor).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? VisitorId { get; internal set; }
}
