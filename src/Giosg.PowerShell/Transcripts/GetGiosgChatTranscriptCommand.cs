using System.Management.Automation;
using Giosg.Client.Chats;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Transcripts;

/// <summary>
/// <para type="synopsis">Gets Giosg chats with their whole transcript: messages, tags, shopping carts and API data.</para>
/// <para type="description">Streams the organization's chats from the older page-numbered collection (orgs/&lt;org&gt;/chats), 100 per page, following next_page_url; each chat carries its messages (Logs), tags, shopping carts with their products, and the data submitted for the visitor (ApiData). Every filter of that collection is a parameter; the API's default order is by start time. -Ended:$false (open chats only) is applied as pages arrive: the API can only ask for ended chats. To archive chats to a file, incrementally and exactly once, use Export-GiosgChat.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "GiosgChatTranscript", SupportsPaging = true)]
[OutputType(typeof(LegacyChat))]
public sealed class GetGiosgChatTranscriptCommand : GiosgCmdlet
{
    private int _orderBy;

    /// <summary><para type="description">Only ended chats (only_ended=true); -Ended:$false only open chats (applied as pages arrive). Absent: both.</para></summary>
    [Parameter]
    public SwitchParameter Ended { get; set; }

    /// <summary><para type="description">Only chats started at or after this moment (start_time, inclusive; a local time is converted to UTC).</para></summary>
    [Parameter]
    public DateTimeOffset? StartedAfter { get; set; }

    /// <summary><para type="description">Only chats ended before this moment (end_time, exclusive); open chats never match.</para></summary>
    [Parameter]
    public DateTimeOffset? EndedBefore { get; set; }

    /// <summary><para type="description">Only chats in this room.</para></summary>
    [Parameter]
    public Guid? RoomId { get; set; }

    /// <summary><para type="description">Only chats an operator added this tag to.</para></summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Tag { get; set; }

    /// <summary><para type="description">Only chats with at least this many messages.</para></summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int? MinMessageCount { get; set; }

    /// <summary><para type="description">Only real conversations; -RealConversation:$false only chats that are not. Absent: both.</para></summary>
    [Parameter]
    public SwitchParameter RealConversation { get; set; }

    /// <summary><para type="description">Only chats with sales; -HasSales:$false only chats without. Absent: both.</para></summary>
    [Parameter]
    public SwitchParameter HasSales { get; set; }

    /// <summary><para type="description">Only chats after the chat with this id (since_id, exclusive). The API compares ids, which are not in time order: this is not "newer than".</para></summary>
    [Parameter]
    public Guid? SinceId { get; set; }

    /// <summary><para type="description">StartTime (the API's default) or EndTime; by end time, open chats come last (first with -Descending).</para></summary>
    [Parameter]
    public TranscriptOrder OrderBy
    {
        // Stored as an int: see Get-GiosgChat's -Scope (loading this type must not load Giosg.Client early).
        get => (TranscriptOrder)_orderBy;
        set => _orderBy = (int)value;
    }

    /// <summary><para type="description">Newest first (ordering=-start_time or -end_time).</para></summary>
    [Parameter]
    public SwitchParameter Descending { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var client = CreateClient();
        Run(null, () =>
        {
            var request = new TranscriptListRequest
            {
                Ended = ThreeState(nameof(Ended), Ended),
                StartedAfter = StartedAfter,
                EndedBefore = EndedBefore,
                RoomId = RoomId,
                Tag = Tag,
                MinMessageCount = MinMessageCount,
                RealConversation = ThreeState(nameof(RealConversation), RealConversation),
                HasSales = ThreeState(nameof(HasSales), HasSales),
                SinceId = SinceId,
                OrderBy = OrderBy,
                Descending = Descending,
            };
            var listing = client.Chats.ListTranscripts(request);
            WritePaged(listing, "Get-GiosgChatTranscript: reading chats");
        });
    }
}
