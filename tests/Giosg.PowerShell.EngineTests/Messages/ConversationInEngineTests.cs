using System.Management.Automation;
using Giosg.PowerShell.EngineTests.Infrastructure;
using Giosg.Simulator;
using Microsoft.AspNetCore.Http;

namespace Giosg.PowerShell.EngineTests.Messages;

/// <summary>An organization of its own: these tests send messages, join, leave and end chats.</summary>
public sealed class ConversationEngine : PowerShellEngine
{
    protected override SimulatorOptions Options => new() { Chats = 1500, Seed = 29, Now = Now, PageSize = 50 };
}

/// <summary>Send-GiosgChatMessage, Add-GiosgChatMember, Set-GiosgChatMembership, Get-GiosgChatMembership -Mine and the sweep's note in a real engine.</summary>
public sealed class ConversationInEngineTests(ConversationEngine engine) : IClassFixture<ConversationEngine>
{
    private static int _next;

    private GiosgSimulator Sim => engine.Simulator;

    private Guid Fresh() =>
        Sim.Data.OwnedChats.Where(chat => !chat.IsEnded && chat.UserMembers.All(user => user.Id != Sim.UserId))
            .Skip(Interlocked.Increment(ref _next)).First().Id;

    private int Posts(Guid chat) => Sim.Requests.Snapshot().Count(request => request.Method == "POST" && request.Path.Contains(chat.ToString("D"), StringComparison.Ordinal));

    private static Dictionary<string, object?> With(Guid id) => new() { ["id"] = id };

    private EngineResult Joined(Guid id) => engine.Run("Add-GiosgChatMember -ChatId $id -Force", With(id));

    [Fact]
    public void WhatIf_sends_nothing_and_Force_sends_the_message_once()
    {
        var id = Fresh();
        Assert.True(Joined(id).Succeeded);
        var prompts = engine.Prompts;

        var whatIf = engine.Run("Send-GiosgChatMessage -ChatId $id -Message 'Hello' -WhatIf", With(id));
        Assert.DoesNotContain(Sim.Activity.SentMessages, message => message.ChatId == id);
        var sent = engine.Run("Send-GiosgChatMessage -ChatId $id -Message 'Hello' -Force -PassThru", With(id));

        Assert.True(whatIf.Succeeded && sent.Succeeded);
        Assert.Equal(prompts, engine.Prompts);
        Assert.Equal("Hello", Assert.Single(sent.Output).Properties["Message"].Value);
        Assert.Single(Sim.Activity.SentMessages, message => message.ChatId == id);
    }

    [Fact]
    public void Confirm_asks_and_a_No_sends_nothing()
    {
        var id = Fresh();
        Assert.True(Joined(id).Succeeded);
        var prompts = engine.Prompts;
        engine.Answers.Enqueue("No");

        var result = engine.Run("Send-GiosgChatMessage -ChatId $id -Message 'Hello' -Confirm", With(id));

        Assert.True(result.Succeeded);
        Assert.Equal(prompts + 1, engine.Prompts);
        Assert.DoesNotContain(Sim.Activity.SentMessages, message => message.ChatId == id);
    }

    [Fact]
    public void An_ended_chat_from_the_pipeline_is_refused_before_any_request()
    {
        var id = Fresh();
        Sim.Data.EndChat(id);
        engine.Run("$global:chat = Get-GiosgChat -Id $id", With(id));
        var before = Posts(id);

        var result = engine.Run("$global:chat | Send-GiosgChatMessage -Message 'Too late' -Force; $global:chat | Add-GiosgChatMember -Force; $global:chat | Set-GiosgChatMembership -Participating:$false -Force");

        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, error =>
        {
            Assert.StartsWith("GiosgChatEnded,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
            Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
            Assert.Equal("Chat", error.TargetObject.GetType().Name);
            Assert.Equal(id, PSObject.AsPSObject(error.TargetObject).Properties["Id"].Value);
            Assert.False(string.IsNullOrEmpty(error.ErrorDetails.RecommendedAction));
        });
        Assert.Equal(before, Posts(id));
        Assert.DoesNotContain(Sim.Requests.Snapshot(), request => request.Method == "PUT" && request.Path.Contains(id.ToString("D"), StringComparison.Ordinal));
    }

    [Fact]
    public void The_apis_409_for_an_ended_chat_given_by_id_is_the_same_typed_error()
    {
        var id = Fresh();
        Assert.True(Joined(id).Succeeded);
        Sim.Data.EndChat(id);

        var result = engine.Run("Send-GiosgChatMessage -ChatId $id -Message 'Too late' -Force", With(id));

        Assert.Equal("GiosgChatEnded,Giosg.PowerShell.Messages.SendGiosgChatMessageCommand", result.SingleError.FullyQualifiedErrorId);
        Assert.Equal(id, result.SingleError.TargetObject);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_message_whose_answer_was_lost_is_reported_as_may_have_been_sent_and_sent_once()
    {
        var id = Fresh();
        Assert.True(Joined(id).Succeeded);
        Sim.Faults = new LoseFirstAnswer(request => request.Method == "POST" && request.Path.Value!.EndsWith($"{id:D}/messages", StringComparison.Ordinal));
        try
        {
            var result = engine.Run("Send-GiosgChatMessage -ChatId $id -Message 'Once only' -Force", With(id));

            var error = result.SingleError;
            Assert.Equal("GiosgOutcomeUnknown,Giosg.PowerShell.Messages.SendGiosgChatMessageCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
            Assert.Contains("may have been sent", error.Exception.Message, StringComparison.Ordinal);
            Assert.Contains("Get-GiosgChatMessage", error.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
            Assert.DoesNotContain(Sim.Token, error.ToString(), StringComparison.Ordinal);
            Assert.Equal(1, Sim.Requests.Snapshot().Count(request => request.Method == "POST" && request.Path.EndsWith($"{id:D}/messages", StringComparison.Ordinal)));
        }
        finally
        {
            Sim.Faults = null;
        }
    }

    [Theory]
    [InlineData("@{ Colour = 'red' }")]
    [InlineData("@{ LinkTarget = '_blank' }")]
    [InlineData("@{ Actions = @(@{ Text = 'Yes' }) }")]
    [InlineData("'just text'")]
    public void A_bad_attachment_stops_the_command_before_any_request(string attachment)
    {
        var id = Fresh();
        var before = Sim.Requests.Count;

        var result = engine.Run($"Send-GiosgChatMessage -ChatId $id -Message 'x' -Attachment {attachment} -Force", With(id));

        Assert.Equal("GiosgMessageInvalid,Giosg.PowerShell.Messages.SendGiosgChatMessageCommand", result.SingleError.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, result.SingleError.CategoryInfo.Category);
        Assert.Equal(before, Sim.Requests.Count);
    }

    [Fact]
    public void Buttons_given_as_hashtables_reach_the_api_as_a_generic_attachment()
    {
        var id = Fresh();
        Assert.True(Joined(id).Succeeded);

        var result = engine.Run(
            "Send-GiosgChatMessage -ChatId $id -Message 'Helpful?' -Force -Attachment @{ Title = 'Survey'; Actions = @(@{ Text = 'Yes'; Value = 'yes' }, @{ Text = 'Site'; Type = 'link_button'; Value = 'https://www.example.com' }) }",
            With(id));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var sent = Assert.Single(Sim.Activity.SentMessages, message => message.ChatId == id);
        Assert.Equal("generic", sent.AttachmentTemplate);
        Assert.Contains("\"link_button\"", sent.AttachmentsJson, StringComparison.Ordinal);
        Assert.Contains("\"is_disabled_on_selection\":false", sent.AttachmentsJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Joining_reports_joined_then_already_a_member_and_WhatIf_joins_nothing()
    {
        var id = Fresh();

        var whatIf = engine.Run("Add-GiosgChatMember -ChatId $id -WhatIf", With(id));
        Assert.Equal(0, Posts(id));
        var result = engine.Run("Get-GiosgChat -Id $id | Add-GiosgChatMember -Force -PassThru; Add-GiosgChatMember -ChatId $id -Force -PassThru", With(id));

        Assert.True(whatIf.Succeeded && result.Succeeded);
        Assert.Equal(["Joined", "AlreadyMember"], result.Output.Select(change => change.Properties["Outcome"].Value.ToString()));
    }

    [Fact]
    public void Leaving_through_the_users_memberships_and_listing_them_by_participation()
    {
        var id = Fresh();
        Assert.True(Joined(id).Succeeded);

        var participating = engine.Run("Get-GiosgChatMembership -Mine -Participating $true | Select-Object -ExpandProperty ChatId");
        var left = engine.Run("Get-GiosgChatMembership -UserId $sim.UserId -Participating $true | Where-Object ChatId -eq $id | Set-GiosgChatMembership -Participating:$false -Force -PassThru | ForEach-Object { $_.Membership.IsParticipating }", With(id));
        var notParticipating = engine.Run("Get-GiosgChatMembership -Mine -Participating $false | Select-Object -ExpandProperty ChatId");

        Assert.Contains(id, participating.Objects.Cast<Guid>());
        Assert.Equal(false, Assert.Single(left.Objects));
        Assert.Contains(id, notParticipating.Objects.Cast<Guid>());
        Assert.Equal("leave", engine.Run("Get-GiosgChatMessage -ChatId $id | Select-Object -First 1 -ExpandProperty Type", With(id)).Objects.Single());
    }

    [Fact]
    public void Get_GiosgChatMembership_still_reads_a_chats_members_by_id()
    {
        var id = Fresh();

        var result = engine.Run("Get-GiosgChatMembership $id", With(id));

        Assert.True(result.Succeeded);
        Assert.NotEmpty(result.Output);
        Assert.All(result.Output, member => Assert.Equal(id, member.Properties["ChatId"].Value));
    }

    [Fact]
    public void The_sweeps_note_is_posted_before_each_end_and_WhatIf_posts_nothing()
    {
        var asOf = PowerShellEngine.Now.AddDays(60).ToString("o");
        var room = Sim.Data.Rooms.First(candidate => !candidate.IsShared && Sim.Data.OwnedChats.Count(chat => chat.RoomId == candidate.Id && chat.ChatType == "external" && !chat.IsEnded) > 2);
        var vars = new Dictionary<string, object?> { ["room"] = room.Id };
        var sentBefore = Sim.Activity.SentMessages.Count;

        var dry = engine.Run($"Close-GiosgStaleChat -IdleFor 7.00:00:00 -RoomId $room -AsOf '{asOf}' -Message 'Closing.' -WhatIf", vars);
        Assert.Equal(sentBefore, Sim.Activity.SentMessages.Count);
        var run = engine.Run($"Close-GiosgStaleChat -IdleFor 7.00:00:00 -RoomId $room -AsOf '{asOf}' -Message 'Closing.' -Force", vars);

        Assert.True(dry.Succeeded && run.Succeeded, string.Join("; ", run.Errors));
        Assert.All(dry.Output, result => Assert.Equal("WouldEnd", result.Properties["Outcome"].Value.ToString()));
        Assert.NotEmpty(run.Output);
        Assert.All(run.Output, result => Assert.Equal(("Ended", "Posted"), (result.Properties["Outcome"].Value.ToString(), result.Properties["ClosingNote"].Value.ToString())));
        Assert.Equal(run.Output.Count, Sim.Activity.SentMessages.Count - sentBefore);
    }

    [Fact]
    public void A_note_without_a_connection_user_is_refused_before_anything()
    {
        var before = Sim.Requests.Count;

        var result = engine.Run("$c = Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken $token -BaseUri $sim.BaseUri -PassThru; Close-GiosgStaleChat -IdleFor 7.00:00:00 -Message 'Closing.' -Connection $c -Force");

        Assert.Equal("GiosgUserIdRequired,Giosg.PowerShell.Housekeeping.CloseGiosgStaleChatCommand", result.SingleError.FullyQualifiedErrorId);
        Assert.Equal(before, Sim.Requests.Count);
        engine.Run("Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken $token -BaseUri $sim.BaseUri -ReportingBaseUri $sim.BaseUri -UserId $sim.UserId");
    }
}

/// <summary>Applies the first matching request, then drops the connection halfway through its answer: "sent, answer lost".</summary>
internal sealed class LoseFirstAnswer(Func<HttpRequest, bool> matches) : IFaultInjector
{
    private int _done;

    public async ValueTask<bool> TryHandleAsync(HttpContext context)
    {
        if (!matches(context.Request) || Interlocked.Exchange(ref _done, 1) == 1)
        {
            return false;
        }

        await FaultPlan.ApplyThenLoseAnswerAsync(context);
        return true;
    }
}
