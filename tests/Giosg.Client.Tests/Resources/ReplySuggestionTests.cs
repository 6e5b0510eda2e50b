using Giosg.Client.Chats;
using Giosg.Client.Errors;
using Giosg.Client.ReplySuggestions;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Resources;

/// <summary>Reply suggestions (001): add to a message, list per chat and per message with ordering, update, and the 404s.</summary>
public sealed class ReplySuggestionTests : IAsyncLifetime
{
    private GiosgSimulator _sim = null!;
    private GiosgClient _client = null!;
    private Guid _chat;
    private Guid[] _messages = [];

    public async Task InitializeAsync()
    {
        _sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 200, Seed = 8, Now = SimulatorFixture.Now });
        _client = new GiosgClient(SimulatorFixture.Connect(_sim, userId: _sim.UserId, retry: SimulatorFixture.FastRetries));
        _chat = _sim.Data.Chats.First(chat => chat.MessageCount >= 2 && chat.UserMembers.Any(user => user.Id == _sim.UserId)).Id;
        _messages = [.. (await _client.Messages.List(new ChatReference(_chat, ChatScope.User, _sim.UserId)).ToListAsync()).Select(message => message.Id).Take(2)];
    }

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    private int Sent(string method) => _sim.Requests.Snapshot().Count(request => request.Method == method && request.Path.Contains("reply_suggestions", StringComparison.Ordinal));

    [Fact]
    public async Task Suggestions_are_added_per_message_and_listed_per_chat_or_message_in_either_order()
    {
        var suggestions = _client.ReplySuggestions;
        var first = await suggestions.AddAsync(new ReplySuggestionTarget(_chat, _messages[0]), "Yes we do.", 0.6);
        var second = await suggestions.AddAsync(new ReplySuggestionTarget(_chat, _messages[0]), "Let me check.");
        var other = await suggestions.AddAsync(new ReplySuggestionTarget(_chat, _messages[1]), "Anything else?");

        var chat = await suggestions.List(new ReplySuggestionTarget(_chat)).Select(item => item.Id).ToListAsync();
        var newest = await suggestions.List(new ReplySuggestionTarget(_chat), descending: true).Select(item => item.Id).ToListAsync();
        var message = await suggestions.List(new ReplySuggestionTarget(_chat, _messages[0])).ToListAsync();

        Assert.Equal([first.Id, second.Id, other.Id], chat);
        Assert.Equal([other.Id, second.Id, first.Id], newest);
        Assert.Equal([first.Id, second.Id], message.Select(item => item.Id));
        Assert.Equal((0.6, (double?)null), (message[0].RelevancyScore, message[1].RelevancyScore));
        Assert.All(message, item => Assert.Equal((_chat, _messages[0], _sim.UserId, false), (item.ChatId, item.MessageId, item.UserId, item.Routed)));
        Assert.All(_sim.Requests.Snapshot().Where(request => request.Method == "GET" && request.Path.EndsWith("reply_suggestions", StringComparison.Ordinal)),
            request => Assert.Matches("ordering=-?created_at", request.Query));
    }

    [Fact]
    public async Task An_update_patches_only_the_given_attributes()
    {
        var target = new ReplySuggestionTarget(_chat, _messages[1], Routed: true);
        var added = await _client.ReplySuggestions.AddAsync(target, "Original", 0.5);

        var rated = await _client.ReplySuggestions.UpdateAsync(target, added.Id, null, 0.9);
        var reworded = await _client.ReplySuggestions.UpdateAsync(target, added.Id, "Reworded", null);

        Assert.Equal(("Original", (double?)0.9), (rated.Suggestion, rated.RelevancyScore));
        Assert.Equal(("Reworded", (double?)0.9, true), (reworded.Suggestion, reworded.RelevancyScore, reworded.Routed));
        Assert.Equal(2, Sent("PATCH"));
    }

    [Fact]
    public async Task Unknown_messages_and_suggestions_are_not_found_and_bad_input_is_refused_before_any_request()
    {
        var suggestions = _client.ReplySuggestions;

        var message = await Assert.ThrowsAsync<GiosgApiException>(() => suggestions.AddAsync(new ReplySuggestionTarget(_chat, Guid.NewGuid()), "Hi"));
        var suggestion = await Assert.ThrowsAsync<GiosgApiException>(() => suggestions.UpdateAsync(new ReplySuggestionTarget(_chat, _messages[0]), Guid.NewGuid().ToString(), "Hi", null));
        var before = _sim.Requests.Count;
        await Assert.ThrowsAsync<ArgumentException>(() => suggestions.AddAsync(new ReplySuggestionTarget(_chat, _messages[0]), "Hi", 1.5));
        await Assert.ThrowsAsync<ArgumentException>(() => suggestions.AddAsync(new ReplySuggestionTarget(_chat), "Hi"));
        await Assert.ThrowsAsync<ArgumentException>(() => suggestions.UpdateAsync(new ReplySuggestionTarget(_chat, _messages[0]), "x", null, null));

        Assert.Equal(GiosgErrorKind.NotFound, message.Kind);
        Assert.Equal(GiosgErrorKind.NotFound, suggestion.Kind);
        Assert.Equal(before, _sim.Requests.Count);
    }

    [Fact]
    public async Task An_add_whose_answer_was_lost_is_not_sent_again()
    {
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Method == "POST", 1, FaultPlan.ApplyThenLoseAnswerAsync);

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => _client.ReplySuggestions.AddAsync(new ReplySuggestionTarget(_chat, _messages[0]), "Lost"));

        Assert.Equal(GiosgErrorKind.Network, error.Kind);
        Assert.Equal(1, Sent("POST"));
    }
}
