using Giosg.Client;
using Giosg.Client.Chats;
using Giosg.Client.Tags;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Tags;

/// <summary>Adding and removing tags, one chat and one name at a time.</summary>
internal sealed class TagChanges(GiosgClient client, ICommandOutput output, bool passThru, CancellationToken cancellationToken)
{
    /// <summary>
    /// Tags the chat with each name. With -PassThru the chat's tags are read first, so each result
    /// says for certain whether the tag was added or already there (the API's 200 does not).
    /// </summary>
    public void Add(ChatReference chat, IEnumerable<string> names) =>
        Apply(chat, names, "Add tag", name => client.Tags.AddAsync(chat, name, checkFirst: passThru, cancellationToken));

    /// <summary>Removes each named tag from the chat.</summary>
    public void Remove(ChatReference chat, IEnumerable<string> names) =>
        Apply(chat, names, "Remove tag", name => client.Tags.RemoveAsync(chat, name, cancellationToken));

    /// <summary>Refuses empty names before any request, so a bad list changes nothing.</summary>
    /// <exception cref="ArgumentException">A name is empty or whitespace.</exception>
    public static IReadOnlyList<string> Validate(IEnumerable<string?> names)
    {
        var list = names.ToList();
        if (list.Count == 0 || list.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A tag name is empty or whitespace; give each tag's visible name, e.g. -Name 'Lead','Premium customer'.");
        }

        return list!;
    }

    private void Apply(ChatReference chat, IEnumerable<string> names, string action, Func<string, Task<TagChange>> send)
    {
        foreach (var name in names)
        {
            if (!output.ShouldProcess($"Chat {chat.ChatId}", $"{action} '{name}'"))
            {
                continue;
            }

            PerChat.Try(output, chat.ChatId, () =>
            {
                var result = send(name).GetAwaiter().GetResult();
                output.WriteVerbose(result.Outcome switch
                {
                    TagChangeOutcome.Added => $"Tagged chat {chat.ChatId} with '{name}' (a new tag on the chat).",
                    TagChangeOutcome.AlreadyPresent => $"Chat {chat.ChatId} already had the tag '{name}'.",
                    TagChangeOutcome.Present => $"Chat {chat.ChatId} has the tag '{name}' (the API found it existing; -PassThru tells whether it was new on the chat).",
                    _ => $"Removed tag '{name}' from chat {chat.ChatId}.",
                });
                if (passThru)
                {
                    output.WriteObject(result);
                }
            });
        }
    }
}
