namespace Giosg.Client.Chats;

/// <summary>
/// An id of 00000000-0000-0000-0000-000000000000 reached a request: it names no chat, room or
/// user, so the request is not built. Usually a default value where the caller meant a real id
/// (an object converted into an empty model, an empty CSV cell read as a GUID).
/// </summary>
public sealed class EmptyIdException : ArgumentException
{
    /// <summary>Creates the error for the input <paramref name="input"/> (e.g. "chat id", "RoomId").</summary>
    public EmptyIdException(string input)
        : base($"The {input} is 00000000-0000-0000-0000-000000000000, which names nothing; no request was built.", input)
    {
    }

    /// <summary>Creates the error with the default input name.</summary>
    public EmptyIdException()
        : this("id")
    {
    }

    /// <summary>Creates the error with a custom message.</summary>
    public EmptyIdException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Returns <paramref name="id"/>, or throws when it is empty.</summary>
    /// <exception cref="EmptyIdException"><paramref name="id"/> is <see cref="Guid.Empty"/>.</exception>
    internal static Guid Check(Guid id, string input) => id == Guid.Empty ? throw new EmptyIdException(input) : id;
}
