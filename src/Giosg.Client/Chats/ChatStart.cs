namespace Giosg.Client.Chats;

/// <summary>
/// A chat a start request returned: <see cref="Created"/> is true for a new chat (201), false when the
/// API returned an existing one instead (200: 001's visitor chats look for a recent chat the user can
/// join; 004's <c>auto_resume</c> resumes one).
/// </summary>
/// <param name="Chat">The chat as the API returned it.</param>
/// <param name="Created">Whether the API created it (201) rather than returning an existing one (200).</param>
public sealed record ChatStart(Chat Chat, bool Created);
