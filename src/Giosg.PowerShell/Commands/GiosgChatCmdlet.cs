using System.Management.Automation;
using Giosg.Client;
using Giosg.Client.Chats;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Commands;

/// <summary>
/// The base of cmdlets that work on chats: chats come by id, or from the pipeline as objects of
/// Get-GiosgChat (Id, Scope, UserId bind by name), or as tags and messages (ChatId binds).
/// </summary>
public abstract class GiosgChatCmdlet : GiosgCmdlet
{
    private int _scope;

    /// <summary>The parameter set of chats given by id.</summary>
    protected const string IdSet = "Id";

    /// <summary><para type="description">The chats. Takes ids, chats from Get-GiosgChat, and tags or messages (their ChatId) from the pipeline.</para></summary>
    [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    public Guid[] ChatId { get; set; } = [];

    /// <summary><para type="description">The endpoint family the chats are reached through: Owned (default), Routed, Involved or User. Chats from Get-GiosgChat bring their own.</para></summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public ChatScope Scope
    {
        // Stored as an int: a field of Giosg.Client's enum type would make loading this type
        // (which PowerShell does before the module initializer hooks dependency resolution)
        // load Giosg.Client from the default context.
        get => (ChatScope)_scope;
        set => _scope = (int)value;
    }

    /// <summary><para type="description">The user of -Scope User chats; defaults to Connect-Giosg -UserId. Chats from Get-GiosgChat bring their own.</para></summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public Guid? UserId { get; set; }

    /// <summary>Streams a per-chat listing for every chat of this pipeline record; a failing chat is an error about that chat.</summary>
    private protected void WriteForEachChat<T>(Func<GiosgClient, ChatReference, IAsyncEnumerable<T>> listing)
        where T : notnull
    {
        var client = CreateClient();
        foreach (var chat in ChatsById())
        {
            Run(chat.ChatId, () => ListingWriter.Write(listing(client, chat), Output, 0, ulong.MaxValue, StopToken));
        }
    }

    /// <summary>The chats of this pipeline record given by id.</summary>
    private protected IEnumerable<ChatReference> ChatsById() => ChatId.Select(id => new ChatReference(id, Scope, UserId));
}
