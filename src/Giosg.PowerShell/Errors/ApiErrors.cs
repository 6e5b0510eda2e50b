using System.Management.Automation;
using Giosg.Client.Errors;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Errors;

/// <summary>Maps API failures to errors with a stable id, the right category and a next step.</summary>
internal static class ApiErrors
{
    public static CommandError From(GiosgApiException exception, object? target)
    {
        var (id, category, action) = exception.Kind switch
        {
            GiosgErrorKind.Authentication => ("GiosgAuthenticationFailed", ErrorCategory.AuthenticationError,
                "Create a new API token in Giosg Console (Settings → Company → Access tokens) and run Connect-Giosg again."),
            GiosgErrorKind.PermissionDenied => ("GiosgPermissionDenied", ErrorCategory.PermissionDenied,
                "Check the organization's subscription and that the token's user may access this organization or user, with the reports permission."),
            GiosgErrorKind.NotFound => ("GiosgNotFound", ErrorCategory.ObjectNotFound,
                "Check the id, and the -Scope: a chat of a shared room is found through -Scope Routed, not Owned."),
            GiosgErrorKind.BadRequest => ("GiosgBadRequest", ErrorCategory.InvalidArgument,
                "Read the API's reason in the message; the request or the chat's state must change before it can succeed."),
            GiosgErrorKind.Conflict => ("GiosgConflict", ErrorCategory.ResourceBusy,
                "The chat changed meanwhile; read it again and retry if still needed."),
            GiosgErrorKind.RateLimited => ("GiosgRateLimited", ErrorCategory.LimitsExceeded, RateLimitedAction(exception.RetryAfter)),
            GiosgErrorKind.ServerError => ("GiosgServerError", ErrorCategory.InvalidResult,
                "The Giosg API failed; run the command again later."),
            GiosgErrorKind.Network => ("GiosgNetworkError", ErrorCategory.ConnectionError,
                "Check the network and the connection's BaseUri (Get-GiosgConnection), then run the command again."),
            GiosgErrorKind.Timeout => ("GiosgTimeout", ErrorCategory.OperationTimeout,
                "Run the command again; if attempts keep timing out, check the network path to the API (Get-GiosgConnection shows the BaseUri)."),
            GiosgErrorKind.InvalidResponse => ("GiosgInvalidResponse", ErrorCategory.InvalidData,
                "Check that BaseUri points at the Giosg API (not a proxy or a login page), then try again."),
            GiosgErrorKind.UnsafePaging => ("GiosgUnsafePaging", ErrorCategory.SecurityError,
                "The API's paging links were not safe to follow; the items before them were written. Report this to Giosg if it repeats."),
            GiosgErrorKind.OutcomeUnknown => ("GiosgOutcomeUnknown", ErrorCategory.ConnectionError,
                "Check whether it arrived (Get-GiosgChatMessage for a message, Get-GiosgChatMembership for a join) before sending it again: the module never repeats it."),
            GiosgErrorKind.ChatEnded => ("GiosgChatEnded", ErrorCategory.InvalidOperation,
                "An ended chat takes no new messages or members and cannot be reopened; start a new chat to continue the conversation."),
            _ => ("GiosgUnexpectedStatus", ErrorCategory.NotSpecified,
                "Run the command again; report it if the status repeats."),
        };

        return new CommandError(exception, id, category, target, action);
    }

    /// <summary>Names the wait the API asked for, when it said one.</summary>
    private static string RateLimitedAction(TimeSpan? retryAfter)
    {
        var wait = retryAfter is { } pause
            ? $"Wait {(pause.TotalSeconds < 120 ? $"{Math.Ceiling(pause.TotalSeconds):0} seconds" : $"{Math.Ceiling(pause.TotalMinutes):0} minutes")} (the API's Retry-After) and run the command again"
            : "Wait a moment and run the command again";
        return $"{wait}, with a lower -ThrottleLimit where it has one; Connect-Giosg -MaxRetryWait lets requests wait longer on their own.";
    }

    /// <summary>A chat known to have ended (a live chat from Get-GiosgChat): refused before any request.</summary>
    public static CommandError ChatEnded(Giosg.Client.Chats.Chat chat, string what) =>
        new(
            new InvalidOperationException($"Chat {chat.Id} has ended (at {chat.EndedAt:u}); {what}. An ended chat takes no new messages or members (001). Nothing was sent."),
            "GiosgChatEnded",
            ErrorCategory.InvalidOperation,
            chat,
            "Leave ended chats out, e.g. Get-GiosgChat -Ended:$false; start a new chat to continue the conversation.");

    /// <summary>One input the command cannot serve (a chat of a family that cannot be changed, say).</summary>
    public static CommandError InvalidTarget(ArgumentException exception, object? target) =>
        new(exception, "GiosgInvalidTarget", ErrorCategory.InvalidArgument, target, "Change the input as the message says; the other inputs were processed.");
}
