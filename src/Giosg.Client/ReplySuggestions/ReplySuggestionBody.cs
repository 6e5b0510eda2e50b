namespace Giosg.Client.ReplySuggestions;

/// <summary>The payload of adding (suggestion required) or updating (either attribute) a reply suggestion; null attributes are left out.</summary>
internal sealed record ReplySuggestionBody(string? Suggestion, double? RelevancyScore);
