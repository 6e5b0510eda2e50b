using Giosg.Client;
using Giosg.Client.Chats;
using Giosg.PowerShell.Chats;
using Giosg.PowerShell.Tests.Infrastructure;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.PowerShell.Tests.Chats;

/// <summary>Stop-GiosgChat and Set-GiosgChat logic against the simulator, through a fake output.</summary>
public sealed class ChatChangesTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private GiosgSimulator Sim => fixture.Simulator;

    private SimChat OpenOwnedChat(int skip = 0) =>
        Sim.Data.OwnedChats.Where(chat => !chat.IsEnded).Skip(skip).First();

    private int Patches(Guid chatId) =>
        Sim.Requests.Snapshot().Count(request => request.Method is "PATCH" or "PUT" && request.Path.Contains(chatId.ToString("D"), StringComparison.Ordinal));

    private static ChatTarget ById(Guid id, ChatScope scope = ChatScope.Owned) => ChatTarget.Of(new ChatReference(id, scope));

    [Fact]
    public void WhatIf_sends_no_change_and_writes_nothing()
    {
        var chat = OpenOwnedChat(0);
        var output = new RecordingOutput { Approve = false };
        using var connection = fixture.Connect();

        new ChatChanges(new GiosgClient(connection), output, passThru: true, CancellationToken.None).End(ById(chat.Id));

        Assert.Single(output.Asked);
        Assert.Contains(chat.Id.ToString(), output.Asked[0].Target, StringComparison.Ordinal);
        Assert.Contains("permanent", output.Asked[0].Action, StringComparison.Ordinal);
        Assert.Empty(output.Objects);
        Assert.Equal(0, Patches(chat.Id));
        Assert.False(chat.IsEnded);
    }

    [Fact]
    public void Ending_a_chat_ends_it_in_the_api_and_passes_the_ended_chat_through()
    {
        var chat = OpenOwnedChat(1);
        var output = new RecordingOutput();
        using var connection = fixture.Connect();

        new ChatChanges(new GiosgClient(connection), output, passThru: true, CancellationToken.None).End(ById(chat.Id));

        Assert.True(chat.IsEnded);
        var ended = Assert.IsType<Chat>(Assert.Single(output.Objects));
        Assert.True(ended.IsEnded);
        Assert.Equal(chat.Id, ended.Id);
        Assert.Empty(output.Errors);
    }

    [Fact]
    public async Task A_chat_object_known_to_be_ended_is_reported_without_a_request()
    {
        var chat = Sim.Data.OwnedChats.First(candidate => candidate.IsEnded);
        using var connection = fixture.Connect();
        var client = new GiosgClient(connection);
        var read = await client.Chats.GetAsync(chat.Id, ChatScope.Owned);
        var output = new RecordingOutput();

        new ChatChanges(client, output, passThru: true, CancellationToken.None).End(ChatTarget.Of(read));

        Assert.Equal(0, Patches(chat.Id));
        Assert.Empty(output.Asked);
        Assert.Contains(output.Verbose, line => line.Contains("already ended", StringComparison.Ordinal));
        Assert.Same(read, Assert.Single(output.Objects));
    }

    [Fact]
    public void An_unknown_chat_is_a_non_terminating_error_and_the_next_chat_is_still_ended()
    {
        var unknown = Guid.NewGuid();
        var next = OpenOwnedChat(2);
        var output = new RecordingOutput();
        using var connection = fixture.Connect();
        var changes = new ChatChanges(new GiosgClient(connection), output, passThru: false, CancellationToken.None);

        changes.End(ById(unknown));
        changes.End(ById(next.Id));

        var error = Assert.Single(output.Errors);
        Assert.Equal("GiosgNotFound", error.ErrorId);
        Assert.Equal(unknown, error.TargetObject);
        Assert.Contains(unknown.ToString("D"), error.Exception.Message, StringComparison.Ordinal);
        Assert.True(next.IsEnded);
    }

    [Fact]
    public async Task A_routed_chat_of_a_shared_room_cannot_be_ended_and_is_reported_without_a_request()
    {
        var shared = Sim.Data.Chats.First(chat => chat.RoomOrganizationId != Sim.OrganizationId && !chat.IsEnded);
        using var connection = fixture.Connect();
        var client = new GiosgClient(connection);
        var read = await client.Chats.GetAsync(shared.Id, ChatScope.Routed);
        var output = new RecordingOutput();

        new ChatChanges(client, output, passThru: false, CancellationToken.None).End(ChatTarget.Of(read));

        Assert.Equal("GiosgInvalidTarget", Assert.Single(output.Errors).ErrorId);
        Assert.Equal(0, Patches(shared.Id));
        Assert.False(shared.IsEnded);
    }

    [Fact]
    public async Task A_routed_chat_of_the_own_organization_is_ended_through_the_owned_endpoint()
    {
        var owned = OpenOwnedChat(3);
        using var connection = fixture.Connect();
        var client = new GiosgClient(connection);
        var read = await client.Chats.GetAsync(owned.Id, ChatScope.Routed);
        var output = new RecordingOutput();

        new ChatChanges(client, output, passThru: false, CancellationToken.None).End(ChatTarget.Of(read));

        Assert.Empty(output.Errors);
        Assert.True(owned.IsEnded);
        Assert.Contains(Sim.Requests.Snapshot(), request => request.Method == "PATCH" && request.Path.EndsWith($"/owned_chats/{owned.Id:D}", StringComparison.Ordinal));
    }

    [Fact]
    public void Marking_an_ended_chat_not_waiting_reports_the_apis_refusal()
    {
        var ended = Sim.Data.OwnedChats.First(chat => chat.IsEnded);
        var output = new RecordingOutput();
        using var connection = fixture.Connect();

        new ChatChanges(new GiosgClient(connection), output, passThru: false, CancellationToken.None).StopWaiting(ById(ended.Id));

        var error = Assert.Single(output.Errors);
        Assert.Equal("GiosgBadRequest", error.ErrorId);
        Assert.Equal(ended.Id, error.TargetObject);
    }

    [Fact]
    public void Marking_a_waiting_chat_not_waiting_changes_it()
    {
        var waiting = Sim.Data.OwnedChats.First(chat => chat.IsWaiting && !chat.IsEnded);
        var output = new RecordingOutput();
        using var connection = fixture.Connect();

        new ChatChanges(new GiosgClient(connection), output, passThru: true, CancellationToken.None).StopWaiting(ById(waiting.Id));

        Assert.Empty(output.Errors);
        Assert.False(waiting.IsWaiting);
        Assert.False(Assert.IsType<Chat>(Assert.Single(output.Objects)).IsWaiting);
    }
}
