namespace Giosg.Client.ConversationStarters;

/// <summary>What setting a starter did.</summary>
/// <param name="Starter">The starter as the API returned it.</param>
/// <param name="Created">True when the user had no starter in that language and one was added (201), false when it was updated (200).</param>
public sealed record ConversationStarterChange(ConversationStarter Starter, bool Created);
