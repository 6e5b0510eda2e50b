using System.Management.Automation;
using Giosg.PowerShell.EngineTests.Infrastructure;
using Giosg.Simulator;

namespace Giosg.PowerShell.EngineTests.Presences;

/// <summary>An engine whose presences and invitations the tests change.</summary>
public sealed class PresenceEngine : PowerShellEngine
{
    protected override SimulatorOptions Options => new() { Chats = 600, Seed = 17, Now = Now, PageSize = 25 };
}

/// <summary>Presences, invitations and B4 in a real runspace: binding, ShouldProcess and error records.</summary>
public sealed class PresenceAndInvitationInEngineTests(PresenceEngine engine) : IClassFixture<PresenceEngine>
{
    private static int _next;

    private GiosgSimulator Sim => engine.Simulator;

    private Guid FreshOpenChat() =>
        Sim.Data.OwnedChats.Where(chat => !chat.IsEnded).Skip(Interlocked.Increment(ref _next) * 2).First().Id;

    private Guid Colleague(int index) => Sim.Data.Users.Where(user => user.Id != Sim.UserId).Skip(index).First().Id;

    private int Writes(string method) => Sim.Requests.Snapshot().Count(request => request.Method == method);

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) => values.ToDictionary(value => value.Name, value => value.Value);

    [Fact]
    public void Presences_pipe_into_Remove_GiosgChatPresence_which_removes_each_operator_and_WhatIf_removes_none()
    {
        var chat = FreshOpenChat();
        var (one, two) = (Colleague(0), Colleague(1));
        var joined = engine.Run("$one, $two | ForEach-Object { Add-GiosgChatPresence -ChatId $chat -UserId $_ -PassThru }", Vars(("chat", chat), ("one", one), ("two", two)));
        Assert.True(joined.Succeeded);
        Assert.Equal(["Added", "Added"], joined.Output.Select(change => change.Properties["Outcome"].Value.ToString()));
        var deletes = Writes("DELETE");

        var whatIf = engine.Run("Get-GiosgChatPresence -ChatId $chat | Where-Object UserId -in $one, $two | Remove-GiosgChatPresence -WhatIf", Vars(("chat", chat), ("one", one), ("two", two)));
        Assert.Equal(deletes, Writes("DELETE"));
        var removed = engine.Run("Get-GiosgChatPresence -ChatId $chat | Where-Object UserId -in $one, $two | Remove-GiosgChatPresence -PassThru", Vars(("chat", chat), ("one", one), ("two", two)));

        Assert.True(whatIf.Succeeded && removed.Succeeded);
        Assert.Equal(new[] { one, two }.Order(), removed.Output.Select(change => (Guid)change.Properties["UserId"].Value).Order());
        Assert.All(removed.Output, change => Assert.Equal("Removed", change.Properties["Outcome"].Value.ToString()));
        Assert.DoesNotContain(one, Sim.PresentUsers(chat));
        Assert.DoesNotContain(two, Sim.PresentUsers(chat));
    }

    [Fact]
    public void Current_chats_of_a_stuck_operator_pipe_into_Remove_GiosgChatPresence_and_clear_every_one()
    {
        var stuck = Colleague(2);
        var chats = new[] { FreshOpenChat(), FreshOpenChat() };
        Assert.True(engine.Run("$chats | Add-GiosgChatPresence -UserId $stuck", Vars(("chats", chats), ("stuck", stuck))).Succeeded);

        var cleared = engine.Run("Get-GiosgChat -Current -UserId $stuck | Remove-GiosgChatPresence -Force -PassThru", Vars(("stuck", stuck)));

        Assert.True(cleared.Succeeded);
        Assert.True(cleared.Output.Count >= chats.Length);
        Assert.All(cleared.Output, change => Assert.Equal(stuck, (Guid)change.Properties["UserId"].Value));
        Assert.DoesNotContain(Sim.Data.Chats, chat => Sim.PresentUsers(chat.Id).Contains(stuck));
    }

    [Fact]
    public void Remove_GiosgChatPresence_asks_first_at_ConfirmImpact_Medium()
    {
        var chat = FreshOpenChat();
        var stuck = Colleague(3);
        engine.Run("Add-GiosgChatPresence -ChatId $chat -UserId $stuck", Vars(("chat", chat), ("stuck", stuck)));
        var prompts = engine.Prompts;
        engine.Answers.Enqueue("No");

        var result = engine.Run("$ConfirmPreference = 'Medium'; Remove-GiosgChatPresence -ChatId $chat -UserId $stuck; $ConfirmPreference = 'High'", Vars(("chat", chat), ("stuck", stuck)));

        Assert.True(result.Succeeded);
        Assert.Equal(prompts + 1, engine.Prompts);
        Assert.Contains(stuck, Sim.PresentUsers(chat));
    }

    [Fact]
    public void An_exclusive_join_to_a_taken_chat_is_a_bad_request_about_that_chat_and_the_next_chat_is_joined()
    {
        var (taken, free) = (FreshOpenChat(), FreshOpenChat());
        engine.Run("Add-GiosgChatPresence -ChatId $taken -UserId $other", Vars(("taken", taken), ("other", Colleague(4))));
        engine.Run("Get-GiosgChatPresence -ChatId $free | Remove-GiosgChatPresence -Force", Vars(("free", free)));

        var result = engine.Run("Add-GiosgChatPresence -ChatId $taken, $free -Exclusive -PassThru", Vars(("taken", taken), ("free", free)));

        var error = result.SingleError;
        Assert.Equal("GiosgBadRequest,Giosg.PowerShell.Presences.AddGiosgChatPresenceCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal(taken, error.TargetObject);
        Assert.Contains(Sim.UserId, Sim.PresentUsers(free));
        Assert.DoesNotContain(Sim.UserId, Sim.PresentUsers(taken));
    }

    [Fact]
    public void The_housekeeping_example_expires_only_invitations_older_than_the_threshold_and_WhatIf_expires_none()
    {
        var chats = engine.Run("Get-GiosgChat -Scope User -Status Open | Select-Object -First 2 -ExpandProperty Id").Objects.Cast<Guid>().ToArray();
        var started = Sim.Clock.Now;
        engine.Run("New-GiosgChatInvitation -ChatId $chat -InvitedUserId $colleague -Force", Vars(("chat", chats[0]), ("colleague", Colleague(5))));
        Sim.Clock.Now = started.AddHours(2);
        engine.Run("New-GiosgChatInvitation -ChatId $chat -InvitedUserId $colleague -Force", Vars(("chat", chats[1]), ("colleague", Colleague(5))));
        var script = "Get-GiosgChatInvitation -Outgoing -State Pending | Where-Object CreatedAt -lt $threshold | Set-GiosgChatInvitation -State Expired ";
        var threshold = (object)started.AddHours(1);
        var patches = Writes("PATCH");

        var whatIf = engine.Run(script + "-WhatIf", Vars(("threshold", threshold)));
        Assert.Equal(patches, Writes("PATCH"));
        var expired = engine.Run(script + "-Force -PassThru", Vars(("threshold", threshold)));

        Assert.True(whatIf.Succeeded && expired.Succeeded);
        var invitation = Assert.Single(expired.Output);
        Assert.Equal((chats[0], "Expired"), ((Guid)invitation.Properties["ChatId"].Value, invitation.Properties["State"].Value.ToString()));
        Assert.Equal([true, false], Sim.Invitations.Where(known => chats.Contains(known.Chat.Id)).OrderBy(known => known.CreatedAt).Select(known => known.IsExpired));
        Sim.Clock.Now = started;
    }

    [Fact]
    public void Expiring_an_incoming_invitation_is_an_error_about_it_and_nothing_is_sent()
    {
        var chat = engine.Run("Get-GiosgChat -Scope User -Status Open | Select-Object -Skip 3 -First 1 -ExpandProperty Id").Objects.Cast<Guid>().Single();
        engine.Run("New-GiosgChatInvitation -ChatId $chat -InvitedUserId $me -Force", Vars(("chat", chat), ("me", Sim.UserId)));
        var patches = Writes("PATCH");

        var result = engine.Run("Get-GiosgChatInvitation -Incoming -State Pending | Set-GiosgChatInvitation -State Expired -Force");

        var error = result.SingleError;
        Assert.Equal("GiosgInvitationNotOutgoing,Giosg.PowerShell.Invitations.SetGiosgChatInvitationCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.Equal(Sim.Invitations.Single(known => known.InvitedUserId == Sim.UserId).Id, error.TargetObject);
        Assert.Contains("Declined", error.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
        Assert.Equal(patches, Writes("PATCH"));

        var accepted = engine.Run("Get-GiosgChatInvitation -Incoming -State Pending | Set-GiosgChatInvitation -State Accepted -Force -PassThru");
        Assert.Equal("Accepted", Assert.Single(accepted.Output).Properties["State"].Value.ToString());
    }

    [Fact]
    public void New_GiosgChatInvitation_with_WhatIf_sends_nothing_and_an_unknown_invitee_is_not_found_about_that_chat()
    {
        var chat = engine.Run("Get-GiosgChat -Scope User -Status Open | Select-Object -Skip 4 -First 1").Output.Single();
        var posts = Writes("POST");

        var whatIf = engine.Run("$chat | New-GiosgChatInvitation -InvitedUserId $colleague -WhatIf", Vars(("chat", chat), ("colleague", Colleague(6))));
        Assert.Equal(posts, Writes("POST"));
        var unknown = engine.Run("$chat | New-GiosgChatInvitation -InvitedTeamId $team -Force", Vars(("chat", chat), ("team", Guid.NewGuid())));

        Assert.True(whatIf.Succeeded);
        Assert.Equal("GiosgNotFound,Giosg.PowerShell.Invitations.NewGiosgChatInvitationCommand", unknown.SingleError.FullyQualifiedErrorId);
        Assert.Equal(chat.Properties["Id"].Value, unknown.SingleError.TargetObject);
    }

    [Theory]
    [InlineData("[pscustomobject]@{ Id = ''; ChatId = '' }", "GiosgInvitationIdMissing")]
    [InlineData("[pscustomobject]@{ Id = 'not-an-id'; ChatId = '' }", "GiosgInvitationIdInvalid")]
    [InlineData("[pscustomobject]@{ Id = [guid]::NewGuid(); ChatId = 'x' }", "GiosgChatIdInvalid")]
    [InlineData("[pscustomobject]@{ Id = [guid]::NewGuid(); ChatId = [guid]::NewGuid(); Direction = 'Sideways' }", "GiosgInvitationDirectionInvalid")]
    [InlineData("[pscustomobject]@{ Id = [guid]::NewGuid(); ChatId = [guid]::NewGuid(); UserId = 'nobody' }", "GiosgUserIdInvalid")]
    [InlineData("[pscustomobject]@{ Id = [guid]::NewGuid(); ChatId = '' }", "GiosgInvitationChatMissing")]
    public void A_row_that_names_no_invitation_is_a_typed_error_about_it_and_sends_nothing(string input, string errorId)
    {
        var patches = Writes("PATCH");

        var result = engine.Run($"{input} | Set-GiosgChatInvitation -State Expired -Force");

        var error = result.SingleError;
        Assert.Equal($"{errorId},Giosg.PowerShell.Invitations.SetGiosgChatInvitationCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.False(string.IsNullOrEmpty(error.ErrorDetails?.RecommendedAction));
        Assert.Equal(patches, Writes("PATCH"));
    }

    [Theory]
    [InlineData(ApiReadings.None)]
    [InlineData(ApiReadings.PrivateChatHistory)]
    public void Pending_chats_messages_and_members_are_read_under_either_reading_and_their_tags_are_a_per_chat_error_under_private_history(ApiReadings readings)
    {
        Sim.Readings = readings;
        try
        {
            // A shared room's pending chat (refused under private history) and one of the organization's own.
            var chats = engine.Run("$all = @(Get-GiosgChat -Pending | Where-Object MessageCount -gt 0); @($all | Where-Object RoomOrganizationId -ne $sim.OrganizationId)[0]; @($all | Where-Object RoomOrganizationId -eq $sim.OrganizationId)[0]");
            Assert.Equal(2, chats.Output.Count);
            var shared = chats.Output[0];

            var messages = engine.Run("$chats | Get-GiosgChatMessage -Type msg", Vars(("chats", chats.Output)));
            var members = engine.Run("$chats | Get-GiosgChatMembership", Vars(("chats", chats.Output)));
            var tags = engine.Run("$chats | Get-GiosgChatTag", Vars(("chats", chats.Output)));

            Assert.True(messages.Succeeded && members.Succeeded);
            Assert.Equal(chats.Output.Sum(chat => (int)chat.Properties["MessageCount"].Value), messages.Output.Count);
            Assert.Equal(chats.Output.Select(chat => chat.Properties["Id"].Value).ToHashSet(), members.Output.Select(member => member.Properties["ChatId"].Value).ToHashSet());
            if (readings == ApiReadings.None)
            {
                Assert.True(tags.Succeeded);
            }
            else
            {
                var error = tags.SingleError;
                Assert.Equal(("GiosgPermissionDenied,Giosg.PowerShell.Tags.GetGiosgChatTagCommand", ErrorCategory.PermissionDenied), (error.FullyQualifiedErrorId, error.CategoryInfo.Category));
                Assert.Equal(shared.Properties["Id"].Value, error.TargetObject);
            }
        }
        finally
        {
            Sim.Readings = ApiReadings.None;
        }
    }
}
