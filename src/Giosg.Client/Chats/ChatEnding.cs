namespace Giosg.Client.Chats;

/// <summary>What ending a chat did: ended it now, or found it already ended.</summary>
/// <param name="Chat">The chat as the API returned it, ended either way.</param>
/// <param name="AlreadyEnded">True when the API refused the end (400) and a re-read showed the chat had ended already.</param>
public sealed record ChatEnding(Chat Chat, bool AlreadyEnded);
