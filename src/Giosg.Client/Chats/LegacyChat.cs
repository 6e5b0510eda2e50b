namespace Giosg.Client.Chats;

/// <summary>
/// A chat of the older organization collection <c>orgs/&lt;org&gt;/chats</c> (003), the API's
/// page-numbered collection, with its messages (<see cref="Logs"/>), tags, shopping carts and API data embedded:
/// a chat's whole transcript in one object.
/// </summary>
public sealed record LegacyChat
{
    /// <summary>Unique identifier for the chat.</summary>
    public Guid Id { get; init; }

    /// <summary>The encoded Giosg token of the chat itself (not an API token).</summary>
    public string? Token { get; init; }

    /// <summary>When the conversation started.</summary>
    public DateTimeOffset StartTime { get; init; }

    /// <summary>When it ended, or null.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>When it was last updated.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The chat's room.</summary>
    public Guid RoomId { get; init; }

    /// <summary>Whether the chat is marked private for its operators.</summary>
    public bool IsPrivate { get; init; }

    /// <summary>Whether the chat is an actual conversation.</summary>
    public bool IsRealConversation { get; init; }

    /// <summary>Whether the chat started with an autosuggestion.</summary>
    public bool IsAutosuggested { get; init; }

    /// <summary>Messages in total.</summary>
    public int MessageCount { get; init; }

    /// <summary>Messages by operators.</summary>
    public int OperatorMessageCount { get; init; }

    /// <summary>Messages by visitors.</summary>
    public int VisitorMessageCount { get; init; }

    /// <summary>The page of the visitor's first message.</summary>
    public string? StartUrl { get; init; }

    /// <summary>That page's title.</summary>
    public string? StartUrlTitle { get; init; }

    /// <summary>The page the visitor was on when shown an autosuggestion.</summary>
    public string? AutosuggestUrl { get; init; }

    /// <summary>That page's title.</summary>
    public string? AutosuggestUrlTitle { get; init; }

    /// <summary>Whether the chat has ended (its <see cref="EndTime"/> is set); an ended chat no longer changes.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEnded => EndTime is not null;

    /// <summary>Data submitted for the visitor through the APIs (name and value pairs).</summary>
    public IReadOnlyList<LegacyApiData> ApiData { get; init; } = [];

    /// <summary>The chat's messages.</summary>
    public IReadOnlyList<LegacyChatLog> Logs { get; init; } = [];

    /// <summary>Tags added by operators.</summary>
    public IReadOnlyList<LegacyChatTag> Tags { get; init; } = [];

    /// <summary>The visitor's shopping carts related to the chat, with their products.</summary>
    public IReadOnlyList<LegacyShoppingCart> ShoppingCarts { get; init; } = [];
}

/// <summary>A message embedded in a <see cref="LegacyChat"/>.</summary>
public sealed record LegacyChatLog
{
    /// <summary>When it was sent.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>1 for an operator, 2 for a visitor.</summary>
    public int SenderType { get; init; }

    /// <summary>The user id, or a visitor's unique string.</summary>
    public string? SenderId { get; init; }

    /// <summary>1 for a message, 2 for an autosuggestion.</summary>
    public int Type { get; init; }

    /// <summary>The text.</summary>
    public string? Message { get; init; }

    /// <summary>The sender's display name.</summary>
    public string? DisplayName { get; init; }
}

/// <summary>A tag embedded in a <see cref="LegacyChat"/>.</summary>
public sealed record LegacyChatTag
{
    /// <summary>The tag's name.</summary>
    public string? Name { get; init; }
}

/// <summary>A name and value submitted for the visitor through the APIs (<c>api_data</c>).</summary>
public sealed record LegacyApiData
{
    /// <summary>The name.</summary>
    public string? Name { get; init; }

    /// <summary>The value.</summary>
    public string? Value { get; init; }
}
