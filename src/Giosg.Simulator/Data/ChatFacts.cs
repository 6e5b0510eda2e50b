namespace Giosg.Simulator.Data;

/// <summary>What the seed decided about a chat and nothing can change.</summary>
internal readonly struct ChatFacts
{
    public required Guid Id { get; init; }

    public required long CreatedTicks { get; init; }

    public required SimRoom Room { get; init; }

    public required ChatKind Kind { get; init; }

    /// <summary>The visitor member's id as a 128-bit number (printed as 32 hex digits); 0 without one.</summary>
    public UInt128 Visitor { get; init; }

    public SimUser? FirstUser { get; init; }

    public SimUser? SecondUser { get; init; }

    public ushort UserMessageCount { get; init; }

    public ushort VisitorMessageCount { get; init; }

    public byte TagCount { get; init; }

    /// <summary>Selects the page URL, title and tag names from <see cref="SeedCatalog"/>.</summary>
    public byte CatalogIndex { get; init; }

    public ChatTraits Traits { get; init; }

    /// <summary>UTC ticks of <c>waiting_started_at</c>; 0 if the chat never waited.</summary>
    public long WaitingStartedTicks { get; init; }

    /// <summary><c>visitor_wait_time</c>; NaN while the visitor has had no answer.</summary>
    public float VisitorWaitSeconds { get; init; }

    /// <summary>First to last message; reported as <c>duration</c> once the chat has ended.</summary>
    public float DurationSeconds { get; init; }

    public float ActiveDurationSeconds { get; init; }

    public bool HasVisitor => Visitor != UInt128.Zero;

    public int UserMemberCount => (FirstUser is null ? 0 : 1) + (SecondUser is null ? 0 : 1);

    public int MessageCount => UserMessageCount + VisitorMessageCount;

    /// <summary>Both sides spoke: what <c>is_real_conversation</c> means here.</summary>
    public bool IsRealConversation => UserMessageCount > 0 && VisitorMessageCount > 0;

    /// <summary>The page the visitor wrote from, if the visitor wrote at all.</summary>
    public (string Url, string Title)? FirstVisitorMessagePage =>
        VisitorMessageCount > 0 ? SeedCatalog.Pages[CatalogIndex % SeedCatalog.Pages.Length] : null;

    /// <summary>The page the visitor was shown an autosuggestion on, if the chat began with one.</summary>
    public (string Url, string Title)? AutosuggestPage =>
        Has(ChatTraits.Autosuggested) ? SeedCatalog.Pages[CatalogIndex / 8 % SeedCatalog.Pages.Length] : null;

    /// <summary>The chat's seeded tag names: <see cref="TagCount"/> distinct names the room allows.</summary>
    public IEnumerable<string> TagNames
    {
        get
        {
            var allowed = Room.AllowedTags;
            var first = CatalogIndex % allowed.Length;
            return Enumerable.Range(first, TagCount).Select(index => allowed[index % allowed.Length].Name);
        }
    }

    public bool Has(ChatTraits trait) => (Traits & trait) == trait;
}
