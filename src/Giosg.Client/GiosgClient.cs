using Giosg.Client.Chats;
using Giosg.Client.Connections;

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
    }

    /// <summary>The connection every request goes through.</summary>
    public GiosgConnection Connection { get; }

    /// <summary>Chats.</summary>
    public ChatsClient Chats { get; }
}
