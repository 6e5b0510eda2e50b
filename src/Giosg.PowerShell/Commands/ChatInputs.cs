using System.Collections;
using System.Management.Automation;
using Giosg.Client.Chats;
using Giosg.PowerShell.Chats;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Commands;

/// <summary>
/// The pipeline contract (docs/pipeline.md): turns whatever a user gives a chat cmdlet into the
/// chat it names, or into an error about that input. Only a live <see cref="Chat"/> of this
/// module stays a Chat (so an ended one costs no request); everything else is read for its id,
/// and nothing is ever coerced into a Chat, so no request can name an id the input did not hold.
/// </summary>
internal static class ChatInputs
{
    private static readonly ChatScope[] Scopes = [ChatScope.Owned, ChatScope.Routed, ChatScope.Involved, ChatScope.User, ChatScope.UserRouted];

    private const string Action = "Pipe objects of this module, CSV rows or JSON objects with a ChatId or Id column, or chat ids (GUIDs); see Get-Help about the -ChatId parameter.";

    /// <summary>
    /// Reads one input: a Chat (live), a GUID, a GUID string, or any object with a ChatId (preferred,
    /// even when empty, because a message's or membership's Id is not a chat's) or else an Id property;
    /// its Scope, UserId and RoomOrganizationId come along when present and not empty.
    /// </summary>
    /// <param name="input">What was piped or passed.</param>
    /// <param name="scope">-Scope when given on the command line: it wins over the input's.</param>
    /// <param name="userId">-UserId when given on the command line: it wins over the input's.</param>
    /// <param name="target">The chat, when the input names one.</param>
    /// <param name="error">Why it does not, naming the input.</param>
    public static bool TryResolve(object? input, ChatScope? scope, Guid? userId, out ChatTarget target, out CommandError error)
    {
        target = null!;
        error = null!;
        var value = input is PSObject wrapped ? wrapped.BaseObject : input;

        if (value is Chat chat)
        {
            if (chat.Id == Guid.Empty)
            {
                error = Empty(input);
                return false;
            }

            var own = ChatReference.Of(chat);
            target = new ChatTarget(own with { Scope = scope ?? own.Scope, UserId = userId ?? own.UserId }, chat);
            return true;
        }

        object? id;
        string? missing = null;
        Func<string, object?> property;
        if (value is null or Guid or string)
        {
            id = value;
            property = _ => null;
        }
        else
        {
            property = name => Property(input!, value, name, out _);
            id = Property(input!, value, "ChatId", out var hasChatId);
            if (!hasChatId)
            {
                id = Property(input!, value, "Id", out var hasId);
                missing = hasId ? null : $"The input ({Describe(value)}) has no ChatId or Id property, so it names no chat.";
            }
        }

        if (missing is not null)
        {
            error = Missing(input, missing);
            return false;
        }

        if (!TryGuid(id, out var parsed, out var blank))
        {
            error = blank
                ? Missing(input, $"The input ({Describe(value)}) has an empty chat id, so it names no chat.")
                : new CommandError(new ArgumentException($"'{Unwrap(id)}' is not a chat id (a GUID such as 3f2c8a4e-7b1d-4c9a-9e2f-5d6b7a8c9d0e)."), "GiosgChatIdInvalid", ErrorCategory.InvalidArgument, input, Action);
            return false;
        }

        if (parsed == Guid.Empty)
        {
            error = Empty(input);
            return false;
        }

        if (!TryScope(property("Scope"), out var ownScope))
        {
            error = new CommandError(new ArgumentException($"Scope '{Unwrap(property("Scope"))}' is not Owned, Routed, Involved, User or UserRouted."), "GiosgChatScopeInvalid", ErrorCategory.InvalidArgument, input, "Correct the Scope column, or pass -Scope.");
            return false;
        }

        if (!TryGuid(property("UserId"), out var ownUser, out var noUser) && !noUser)
        {
            error = new CommandError(new ArgumentException($"UserId '{Unwrap(property("UserId"))}' is not a user id (a GUID)."), "GiosgChatUserIdInvalid", ErrorCategory.InvalidArgument, input, "Correct the UserId column, leave it empty, or pass -UserId.");
            return false;
        }

        // The owning organization only decides whether a routed or involved chat may be changed
        // through the owned family; a malformed one just leaves that decision to the API's rules.
        TryGuid(property("RoomOrganizationId"), out var organization, out _);
        target = new ChatTarget(
            new ChatReference(
                parsed,
                scope ?? ownScope ?? ChatScope.Owned,
                userId ?? (ownUser == Guid.Empty ? null : ownUser),
                organization == Guid.Empty ? null : organization),
            null);
        return true;
    }

    private static CommandError Missing(object? input, string message) =>
        new(new ArgumentException(message), "GiosgChatIdMissing", ErrorCategory.InvalidArgument, input, Action);

    private static CommandError Empty(object? input) =>
        new(new ArgumentException("The chat id is 00000000-0000-0000-0000-000000000000, which names no chat; nothing was sent."), "GiosgChatIdEmpty", ErrorCategory.InvalidArgument, input, Action);

    private static object? Property(object input, object value, string name, out bool found)
    {
        if (value is IDictionary dictionary)
        {
            // A hashtable from @{...} is case-insensitive already; other dictionaries get the exact name.
            found = dictionary.Contains(name);
            return found ? dictionary[name] : null;
        }

        var member = PSObject.AsPSObject(input).Properties[name];
        found = member is not null;
        return member?.Value;
    }

    private static bool TryGuid(object? raw, out Guid id, out bool blank)
    {
        id = Guid.Empty;
        switch (Unwrap(raw))
        {
            case Guid guid:
                id = guid;
                blank = false;
                return true;
            case string text when !string.IsNullOrWhiteSpace(text):
                blank = false;
                return Guid.TryParse(text.Trim(), out id);
            case null or string:
                blank = true;
                return false;
            default:
                blank = false;
                return false;
        }
    }

    private static bool TryScope(object? raw, out ChatScope? scope)
    {
        scope = null;
        var value = Unwrap(raw);
        if (value is null || value is string blank && string.IsNullOrWhiteSpace(blank))
        {
            return true;
        }

        if (value is ChatScope known)
        {
            scope = known;
            return true;
        }

        // ConvertTo-Json writes an enum as its number, and ConvertFrom-Json reads it back as one;
        // text is taken by name only (Enum.TryParse would also take "7", a scope that does not exist).
        long? number = value is int or long ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;
        var name = value as string;
        foreach (var candidate in Scopes)
        {
            if ((long)candidate == number || string.Equals(candidate.ToString(), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                scope = candidate;
                return true;
            }
        }

        return false;
    }

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

    private static string Describe(object? value) => value switch
    {
        null => "nothing",
        PSCustomObject => "an object",
        _ => "a " + value.GetType().Name,
    };
}
