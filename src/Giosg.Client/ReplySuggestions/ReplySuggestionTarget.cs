namespace Giosg.Client.ReplySuggestions;

/// <summary>Where reply suggestions live: a user's chat (or routed chat) and, for adding and updating, one of its messages.</summary>
/// <param name="ChatId">The chat.</param>
/// <param name="MessageId">The message; null lists the whole chat's suggestions.</param>
/// <param name="UserId">The user whose endpoints to use; null for the connection's user.</param>
/// <param name="Routed">Use <c>users/&lt;user&gt;/routed_chats</c> (a chat routed to the user, who may not have joined yet).</param>
public sealed record ReplySuggestionTarget(Guid ChatId, Guid? MessageId = null, Guid? UserId = null, bool Routed = false);
