namespace Giosg.Simulator.Conversations;

/// <summary>The chat reply suggestion a user's message was based on (<c>selected_reply_suggestion</c>).</summary>
internal sealed record ReplySuggestion(Guid Id, string Suggestion, double RelevancyScore);
