using Giosg.Client.Chats;
using Giosg.Client.Messages;
using Giosg.Client.Tests.Infrastructure;
using Giosg.Testing;

namespace Giosg.Client.Tests.Resources;

[Collection(SimulatorGroup.Name)]
public sealed class MessagesTests(SimulatorFixture fixture)
{
    private Simulator.SimChat BusiestChat =>
        fixture.Simulator.Data.OwnedChats.MaxBy(chat => chat.MessageCount)!;

    [Fact]
    public async Task Messages_stream_across_pages_newest_first_and_typed_messages_match_the_chats_count()
    {
        var chat = BusiestChat;
        var handler = new CountingHandler();
        using var connection = fixture.Connect(handler);

        var messages = await new GiosgClient(connection).Messages.List(new ChatReference(chat.Id)).ToListAsync();

        Assert.True(messages.Count > SimulatorFixture.PageSize, "the busiest chat should span pages");
        Assert.True(handler.Sent > 1);
        Assert.Equal(messages.Select(message => message.CreatedAt).OrderDescending(), messages.Select(message => message.CreatedAt));
        Assert.Equal(chat.MessageCount, messages.Count(message => message.Type == "msg"));
        Assert.All(messages, message => Assert.Equal(chat.Id, message.ChatId));
        Assert.Equal(messages.Count, messages.Select(message => message.Id).Distinct().Count());
    }

    [Fact]
    public async Task Type_filters_go_to_the_server_as_type__in_and_type__not_in()
    {
        var chat = BusiestChat;
        var handler = new CountingHandler();
        using var connection = fixture.Connect(handler);
        var client = new GiosgClient(connection);

        var typed = await client.Messages.List(new ChatReference(chat.Id), new MessageListRequest { Types = ["msg"] }).ToListAsync();
        var events = await client.Messages.List(new ChatReference(chat.Id), new MessageListRequest { ExcludeTypes = ["msg"] }).ToListAsync();

        Assert.Equal(chat.MessageCount, typed.Count);
        Assert.All(typed, message => Assert.Equal("msg", message.Type));
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, message => message.Type == "msg");
        Assert.Contains(handler.Requests, request => request.Uri.Query.StartsWith("?type__in=msg", StringComparison.Ordinal));
        Assert.Contains(handler.Requests, request => request.Uri.Query.StartsWith("?type__not_in=msg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Encrypted_chats_surface_the_ciphertext_when_the_text_is_gone()
    {
        var chat = fixture.Simulator.Data.OwnedChats.Where(candidate => candidate.IsEncrypted && candidate.MessageCount > 0).First();
        using var connection = fixture.Connect();

        var messages = await new GiosgClient(connection).Messages.List(new ChatReference(chat.Id), new MessageListRequest { Types = ["msg"] }).ToListAsync();

        Assert.All(messages, message => Assert.True(message.IsEncrypted));
        Assert.All(messages, message => Assert.False(string.IsNullOrEmpty(message.EncryptedMessage)));
    }

    [Fact]
    public void Unknown_or_contradictory_types_are_refused_before_any_request()
    {
        using var connection = fixture.Connect();
        var messages = new GiosgClient(connection).Messages;

        var unknown = Assert.Throws<ArgumentException>(() => messages.List(new ChatReference(Guid.NewGuid()), new MessageListRequest { Types = ["sms"] }));
        var both = Assert.Throws<ArgumentException>(() => messages.List(new ChatReference(Guid.NewGuid()), new MessageListRequest { Types = ["msg"], ExcludeTypes = ["MSG"] }));

        Assert.Contains("interaction_submit", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("msg", both.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_of_an_unknown_chat_are_not_found()
    {
        using var connection = fixture.Connect();

        var error = await Assert.ThrowsAsync<Errors.GiosgApiException>(async () =>
            await new GiosgClient(connection).Messages.List(new ChatReference(Guid.NewGuid())).ToListAsync());

        Assert.Equal(Errors.GiosgErrorKind.NotFound, error.Kind);
    }
}
