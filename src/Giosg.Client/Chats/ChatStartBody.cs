namespace Giosg.Client.Chats;

/// <summary>
/// The payload of a chat start. 001's starts need none (an empty object is sent); 004 documents
/// <c>auto_resume</c> as a parameter without saying query or payload, so it is sent in both
/// (docs/api-assumptions.md, B5).
/// </summary>
internal sealed record ChatStartBody
{
    /// <summary>The user to resume a recent chat for (004); null sends <c>{}</c>.</summary>
    public Guid? AutoResume { get; init; }
}
