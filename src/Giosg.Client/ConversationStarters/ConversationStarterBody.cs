namespace Giosg.Client.ConversationStarters;

/// <summary>The payload of adding (both attributes) or updating (the message only: the code is in the path) a starter.</summary>
internal sealed record ConversationStarterBody(string? LanguageCode, string Message);
