using Giosg.Client.Chats;
using Giosg.Client.Connections;
using Giosg.Client.ConversationStarters;
using Giosg.Client.Memberships;
using Giosg.Client.Messages;
using Giosg.Client.ReplySuggestions;
using Giosg.Client.Reporting;
using Giosg.Client.Tags;
using Giosg.Client.Visitors;

namespace Giosg.Client;

/// <summary>The Giosg API through one connection, one resource client per area.</summary>
public sealed class GiosgClient
{
    /// <summary>Creates the resource clients over <paramref name="connection"/>; cheap, holds no state of its own.</summary>
    public GiosgClient(GiosgConnection connection)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(connection, nameof(connection));
        Connection = connection;
        Chats = new ChatsClient(connection);
        Messages = new MessagesClient(connection);
        Tags = new TagsClient(connection);
        Memberships = new MembershipsClient(connection);
        Visitors = new VisitorsClient(connection);
        Reporting = new ReportingClient(connection);
        ConversationStarters = new ConversationStartersClient(connection);
        ReplySuggestions = new ReplySuggestionsClient(connection);
        Presences = new Presences.PresencesClient(connection);
        Invitations = new Invitations.InvitationsClient(connection);
    }

    /// <summary>The connection every request goes through.</summary>
    public GiosgConnection Connection { get; }

    /// <summary>Chats.</summary>
    public ChatsClient Chats { get; }

    /// <summary>Chats' messages.</summary>
    public MessagesClient Messages { get; }

    /// <summary>Chats' tags and allowed tags.</summary>
    public TagsClient Tags { get; }

    /// <summary>Chats' memberships.</summary>
    public MembershipsClient Memberships { get; }

    /// <summary>Chats' visitor data.</summary>
    public VisitorsClient Visitors { get; }

    /// <summary>The Reporting API: chat session statistics.</summary>
    public ReportingClient Reporting { get; }

    /// <summary>Users' conversation starters.</summary>
    public ConversationStartersClient ConversationStarters { get; }

    /// <summary>Reply suggestions of users' chats.</summary>
    public ReplySuggestionsClient ReplySuggestions { get; }
    /// <summary>Chats' operator presences and participations (004).</summary>
    public Presences.PresencesClient Presences { get; }

    /// <summary>Chat invitations (001).</summary>
    public Invitations.InvitationsClient Invitations { get; }
}
