namespace Giosg.Client.Tags;

/// <summary>The body of a tag POST: <c>{"name": "…"}</c>.</summary>
internal sealed record TagName(string Name);
