using Giosg.Client.ConversationStarters;
using Giosg.Client.Errors;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Resources;

/// <summary>Conversation starters (001): set adds when absent and updates when present, remove, list, and language codes.</summary>
public sealed class ConversationStarterTests : IAsyncLifetime
{
    private GiosgSimulator _sim = null!;

    public async Task InitializeAsync() =>
        _sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 50, Seed = 3, Now = SimulatorFixture.Now });

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    private ConversationStartersClient Starters() =>
        new GiosgClient(SimulatorFixture.Connect(_sim, userId: _sim.UserId, retry: SimulatorFixture.FastRetries)).ConversationStarters;

    private int Sent(string method) => _sim.Requests.Snapshot().Count(request => request.Method == method && request.Path.Contains("chat_conversation_starters", StringComparison.Ordinal));

    [Fact]
    public async Task Set_adds_a_missing_language_with_a_post_after_the_patchs_404_then_updates_with_a_patch_only()
    {
        var starters = Starters();

        var added = await starters.SetAsync(null, "FI", "Kuinka voin auttaa?");
        var updated = await starters.SetAsync(null, "fi", "Kuinka voin auttaa sinua?");

        Assert.True(added.Created);
        Assert.False(updated.Created);
        Assert.Equal(("fi", "Kuinka voin auttaa sinua?", _sim.UserId), (updated.Starter.LanguageCode, updated.Starter.Message, updated.Starter.UserId));
        Assert.Equal((2, 1), (Sent("PATCH"), Sent("POST")));
        var listed = await starters.List().ToListAsync();
        Assert.Equal(["fi"], listed.Select(starter => starter.LanguageCode));
        Assert.Equal("Kuinka voin auttaa sinua?", listed[0].Message);
    }

    [Fact]
    public async Task Other_users_of_the_organization_have_their_own_starters()
    {
        var other = _sim.Data.Users.First(user => user.Id != _sim.UserId && user.OrganizationId == _sim.OrganizationId).Id;
        var starters = Starters();

        await starters.SetAsync(other, "en", "Hello from another operator");
        await starters.SetAsync(null, "en", "Hello from me");

        var theirs = await starters.List(other).ToListAsync();
        Assert.Equal(("en", "Hello from another operator", other), (theirs.Single().LanguageCode, theirs.Single().Message, theirs.Single().UserId));
        Assert.Equal("Hello from me", (await starters.List().ToListAsync()).Single().Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("english language")]
    [InlineData("e_n")]
    [InlineData("en-")]
    [InlineData("toolonglanguage")]
    public async Task A_code_that_is_not_rfc_3066_is_refused_before_any_request(string code)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Starters().SetAsync(null, code, "Hi"));

        Assert.Contains("RFC 3066", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _sim.Requests.Count);
    }

    [Fact]
    public async Task A_well_formed_language_the_api_does_not_support_is_its_bad_request()
    {
        var error = await Assert.ThrowsAsync<GiosgApiException>(() => Starters().SetAsync(null, "tlh", "nuqneH"));

        Assert.Equal(GiosgErrorKind.BadRequest, error.Kind);
        Assert.Contains("language_code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_whose_answer_was_lost_is_settled_by_a_patch_not_repeated()
    {
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Method == "POST", 1, FaultPlan.ApplyThenLoseAnswerAsync);

        var change = await Starters().SetAsync(null, "sv", "Hur kan jag hjälpa dig?");

        Assert.True(change.Created);
        Assert.Equal("Hur kan jag hjälpa dig?", change.Starter.Message);
        Assert.Equal((1, 2), (Sent("POST"), Sent("PATCH")));
    }

    [Fact]
    public async Task Remove_deletes_and_a_missing_language_is_not_found()
    {
        var starters = Starters();
        await starters.SetAsync(null, "de", "Wie kann ich helfen?");

        await starters.RemoveAsync(null, "DE");
        var missing = await Assert.ThrowsAsync<GiosgApiException>(() => starters.RemoveAsync(null, "de"));

        Assert.Equal(GiosgErrorKind.NotFound, missing.Kind);
        Assert.Empty(await starters.List().ToListAsync());
    }

    [Fact]
    public async Task A_user_of_another_organization_is_refused()
    {
        var error = await Assert.ThrowsAsync<GiosgApiException>(() => Starters().List(Guid.NewGuid()).ToListAsync().AsTask());

        Assert.Equal(GiosgErrorKind.PermissionDenied, error.Kind);
    }
}
