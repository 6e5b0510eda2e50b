namespace Giosg.PowerShell.Chats;

/// <summary>A chat's state as -Status takes it (the API's <c>is_ended</c>).</summary>
public enum ChatStatus
{
    /// <summary>Not ended (<c>is_ended=false</c>).</summary>
    Open,

    /// <summary>Ended (<c>is_ended=true</c>).</summary>
    Ended,
}
