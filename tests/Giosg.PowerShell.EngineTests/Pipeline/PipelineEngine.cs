using System.Text.RegularExpressions;
using Giosg.PowerShell.EngineTests.Infrastructure;
using Giosg.Simulator;

namespace Giosg.PowerShell.EngineTests.Pipeline;

/// <summary>
/// An engine whose tests end, tag and un-wait chats: each test takes chats no other test has
/// touched, so every case starts from the seeded state whatever ran before it.
/// </summary>
public sealed partial class PipelineEngine : PowerShellEngine
{
    private readonly HashSet<Guid> _taken = [];

    protected override SimulatorOptions Options => new() { Chats = 4000, Seed = 23, Now = Now, PageSize = 50 };

    private Guid[]? _shared;

    /// <summary>
    /// Open, waiting chats for <paramref name="cmdlet"/>: fresh ones for the cmdlets that end a chat or
    /// take it out of waiting (a second case could not change them again), one shared pair otherwise.
    /// </summary>
    public Guid[] ChatsFor(string cmdlet, int count = 2) =>
        cmdlet switch
        {
            "Stop-GiosgChat" => TakeOpenChats(count, waiting: false),
            "Set-GiosgChat" => TakeOpenChats(count, waiting: true),
            _ => (_shared ??= TakeOpenChats(2, waiting: true))[..count],
        };

    /// <summary>Open (and <paramref name="waiting"/>) chats of the organization that no earlier test took.</summary>
    public Guid[] TakeOpenChats(int count, bool waiting)
    {
        lock (_taken)
        {
            var chats = Simulator.Data.OwnedChats
                .Where(chat => !chat.IsEnded && (chat.IsWaiting || !waiting) && !_taken.Contains(chat.Id))
                .Take(count)
                .Select(chat => chat.Id)
                .ToArray();
            Assert.Equal(count, chats.Length);
            _taken.UnionWith(chats);
            return chats;
        }
    }

    /// <summary>
    /// The requests logged since the last clear, without the pages that follow a next link: a page
    /// prefetched for an earlier test may land after the clear, while every cursor page of this
    /// test's listings follows a first page that is logged and names the same chat.
    /// </summary>
    public IReadOnlyList<LoggedRequest> Sent() =>
        [.. Simulator.Requests.Snapshot().Where(request => !request.Query.Contains("cursor=", StringComparison.Ordinal))];

    /// <summary>The chat ids the requests since the last clear name in their paths (after a chats collection).</summary>
    public IReadOnlyList<Guid> RequestedChatIds() =>
        [.. Sent().Select(request => ChatSegment().Match(request.Path)).Where(match => match.Success).Select(match => Guid.Parse(match.Groups[1].Value))];

    /// <summary>Whether any logged request names the empty GUID anywhere.</summary>
    public bool AnyRequestNamesTheEmptyGuid() =>
        Simulator.Requests.Snapshot().Any(request => (request.Path + request.Query).Contains(Guid.Empty.ToString(), StringComparison.Ordinal));

    [GeneratedRegex("(?:_?chats|chat_memberships)/([0-9a-fA-F-]{36})(?:/|$)")]
    private static partial Regex ChatSegment();
}
