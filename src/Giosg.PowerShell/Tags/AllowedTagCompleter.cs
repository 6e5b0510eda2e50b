using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using Giosg.Client;
using Giosg.Client.Chats;
using Giosg.PowerShell.Output;
using Giosg.PowerShell.Session;

namespace Giosg.PowerShell.Tags;

/// <summary>
/// Completes -Name from the allowed tags of the chat already bound to -ChatId (its room's tags),
/// through the session's connection. Completion must never hang the prompt, so it gives up
/// quietly after a few seconds or on any failure.
/// </summary>
public sealed class AllowedTagCompleter : IArgumentCompleter
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        if (SessionConnection.Current is not { IsClosed: false } connection || !TryGetChat(fakeBoundParameters, out var chat))
        {
            return [];
        }

        var prefix = wordToComplete.Trim('\'', '"');
        try
        {
            using var timeout = new CancellationTokenSource(Patience);
            var names = Blocking.Enumerate(new GiosgClient(connection).Tags.ListAllowed(chat), timeout.Token)
                .Select(tag => tag.Name)
                .Where(name => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .ToList();

            return names.Distinct(StringComparer.Ordinal).OrderBy(name => name, StringComparer.OrdinalIgnoreCase)
                .Select(name => new CompletionResult(Quote(name), name, CompletionResultType.ParameterValue, name));
        }
#pragma warning disable CA1031 // A completer must not throw at the prompt: no completions is the answer to any failure.
        catch (Exception)
#pragma warning restore CA1031
        {
            return [];
        }
    }

    private static bool TryGetChat(IDictionary bound, out ChatReference chat)
    {
        chat = null!;
        var id = bound["ChatId"] ?? bound["Id"];
        var first = id is IEnumerable items and not string ? items.Cast<object>().FirstOrDefault() : id;
        if (!Guid.TryParse(Unwrap(first)?.ToString(), out var chatId))
        {
            return false;
        }

        var scope = Enum.TryParse<ChatScope>(Unwrap(bound["Scope"])?.ToString(), ignoreCase: true, out var parsed) ? parsed : ChatScope.Owned;
        Guid? user = Guid.TryParse(Unwrap(bound["UserId"])?.ToString(), out var userId) ? userId : null;
        chat = new ChatReference(chatId, scope, user);
        return true;
    }

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

    private static string Quote(string name) =>
        name.IndexOfAny([' ', '\'', '"', '$', '`', ',', ';', '(', ')', '{', '}', '@', '#']) >= 0 ? "'" + name.Replace("'", "''") + "'" : name;
}
