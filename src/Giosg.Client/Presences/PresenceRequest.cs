namespace Giosg.Client.Presences;

/// <summary>The body of joining an operator: 004 lists <c>user_id</c> and <c>chat_id</c> as required attributes.</summary>
internal sealed record PresenceRequest(Guid UserId, Guid ChatId);
