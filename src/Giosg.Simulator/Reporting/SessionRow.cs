using System.Globalization;
using System.Runtime.CompilerServices;
using Giosg.Simulator.Conversations;

namespace Giosg.Simulator.Reporting;

/// <summary>
/// One row of the chat session table (002): the owner organization's row of a chat, or a row for
/// each user who wrote in it. The seed has no teams, orders, sales or visitor sessions, so team
/// rows never occur, <c>order_count</c>/<c>sales</c>/<c>subscription_sales</c> are 0 and
/// <c>visitor_session_ids</c> is empty. Who wrote comes from the chat's generated conversation,
/// so the rows agree with the messages and memberships endpoints.
/// </summary>
internal sealed class SessionRow
{
    private static readonly string?[] NoValue = [null];

    private static readonly ConditionalWeakTable<SimulatorData, SessionRow[]> Cache = [];

    private SessionRow(SimChat chat, string scope, SimUser? user, int userMessages, string[] chattedOrganizations)
    {
        Chat = chat;
        Scope = scope;
        User = user;
        UserMessages = userMessages;
        ChattedOrganizations = chattedOrganizations;
    }

    public SimChat Chat { get; }

    public string Scope { get; }

    public SimUser? User { get; }

    public int UserMessages { get; }

    public string[] ChattedOrganizations { get; }

    /// <summary>Every row of the organization's chats; built once per simulator (the seeded facts they read never change).</summary>
    public static SessionRow[] All(SimulatorData data, int seed) => Cache.GetValue(data, _ => [.. data.Chats.SelectMany(chat => Of(chat, seed))]);

    /// <summary>The dimension's value: a string, a number, an array of strings, or null.</summary>
    public object? Value(string dimension) => dimension switch
    {
        "chat_initiator" => Initiator(Chat),
        "chat_session_id" => Chat.Id.ToString(),
        "chat_type" => Chat.ChatType,
        "chatted_organization_ids" => ChattedOrganizations,
        "order_count" or "sales" or "subscription_sales" => 0.0,
        "owner_organization_id" => Chat.RoomOrganizationId.ToString(),
        "room_ids" => new[] { Chat.RoomId.ToString() },
        "scope" => Scope,
        "team_id" => null,
        "user_id" => User?.Id.ToString(),
        "user_organization_id" => User?.OrganizationId.ToString(),
        "user_message_count" => (double)UserMessages,
        "visitor_ids" => Chat.VisitorId is { } visitor ? new[] { visitor } : Array.Empty<string>(),
        "visitor_message_count" => (double)Chat.VisitorMessageCount,
        "visitor_session_ids" => Array.Empty<string>(),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a dimension of 002."),
    };

    /// <summary>The values a selector or a group sees: a list's elements (none: one null), or the single value as text.</summary>
    public IEnumerable<string?> Texts(string dimension) => Value(dimension) switch
    {
        string[] { Length: 0 } => NoValue,
        string[] values => values,
        double number => [number.ToString(CultureInfo.InvariantCulture)],
        var value => [(string?)value],
    };

    /// <summary>Who opened the chat: an autosuggestion, the visitor's message, a user's message, or else a rule.</summary>
    private static string Initiator(SimChat chat) =>
        chat.Facts.Has(Data.ChatTraits.Autosuggested) ? "autosuggest"
        : chat.VisitorMessageCount > 0 ? "visitor"
        : chat.UserMessageCount > 0 && chat.UserMembers.Count > 0 ? "operator"
        : "rule";

    private static IEnumerable<SessionRow> Of(SimChat chat, int seed)
    {
        var writers = chat.UserMessageCount == 0
            ? []
            : ConversationSeeder.Generate(chat, seed).Members.Where(member => member.User is not null && member.MessageCount > 0).ToList();
        var organizations = writers.Select(member => member.User!.OrganizationId.ToString()).Distinct().ToArray();
        yield return new SessionRow(chat, "org", null, chat.UserMessageCount, organizations);
        foreach (var writer in writers)
        {
            yield return new SessionRow(chat, "user", writer.User, writer.MessageCount, []);
        }
    }
}
