namespace Giosg.Client.Visitors;

/// <summary>
/// A variable set for a chat's visitor (000, "Fetch visitor data for a chat"). The guide names
/// the endpoint but not the attributes; this reads the key/value pair Giosg's visitor data
/// uses, and <see cref="ChatId"/> and <see cref="VisitorId"/> say whose it is.
/// </summary>
public sealed record VisitorVariable
{
    /// <summary>The variable's name.</summary>
    public string? Key { get; init; }

    /// <summary>Its value, as text.</summary>
    public string? Value { get; init; }

    /// <summary>When it was set, if the API says.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it last changed, if the API says.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The chat.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ChatId { get; internal set; }

    /// <summary>The visitor.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? VisitorId { get; internal set; }
}
