using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

/// <summary><see cref="FaultPlan.MixedTransient"/>: the faults a retrying client must survive, and only those.</summary>
public sealed class MixedTransientTests : FaultedSimulator
{
    /// <summary>
    /// Shorter than <see cref="FaultPlan.TransientDelay"/>, as a client under test times out an attempt, and
    /// long enough that an unfaulted answer on a machine whose cores are saturated still arrives in time.
    /// </summary>
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromMilliseconds(1500);

    private static readonly FaultKind[] Transient = [FaultKind.Status, FaultKind.ResetBeforeResponse, FaultKind.ResetMidBody, FaultKind.Slow];

    [Fact]
    public async Task Put_installs_a_plan_get_shows_it_and_delete_removes_it()
    {
        using var control = new HttpClient { BaseAddress = Simulator.BaseUri };

        using var put = await control.PutAsync(new Uri("_simulator/faults?spec=mixed:1&seed=4", UriKind.Relative), null);
        await StatusOfAsync(Api.Org("owned_chats"), http: ImpatientClient(AttemptTimeout));
        var shown = System.Text.Json.Nodes.JsonNode.Parse(await control.GetStringAsync(new Uri("_simulator/faults", UriKind.Relative)))!;
        using var bad = await control.PutAsync(new Uri("_simulator/faults?spec=patch:503", UriKind.Relative), null);
        var planAfterBadPut = Simulator.Faults;
        using var delete = await control.DeleteAsync(new Uri("_simulator/faults", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(("mixed:1", 4, 1), ((string?)shown["spec"], (int)shown["seed"]!, (int)shown["injected"]!));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("mixed:RATE", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.IsType<FaultPlan>(planAfterBadPut);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Null(Simulator.Faults);
        Assert.Equal(200, await StatusOfAsync(Api.Org("owned_chats")));
    }

    [Fact]
    public async Task At_a_tenth_about_a_hundred_of_a_thousand_gets_fail_each_with_a_transient_fault()
    {
        Plan = FaultPlan.MixedTransient(0.1, seed: 7);
        using var impatient = ImpatientClient(AttemptTimeout);
        var chats = Simulator.Data.OwnedChats;

        var failed = new HashSet<int>();
        for (var i = 1; i <= 1000; i++)
        {
            var uri = (i % 4) switch
            {
                0 => Api.Org("owned_chats"),
                1 => Api.Org($"owned_chats/{chats[i % chats.Count].Id}"),
                2 => Api.Org($"owned_chats/{chats[i % chats.Count].Id}/messages"),
                _ => Api.User("chats?is_ended=true"),
            };
            if (await StatusOfAsync(Numbered(uri, i), http: impatient) is not 200)
            {
                failed.Add(i);
            }
        }

        var injected = Plan.Injected;
        var faulted = injected.Select(fault => NumberOf(fault.Query)).ToHashSet();
        Assert.InRange(injected.Count, 60, 140);
        Assert.Subset(failed, faulted);

        // A busy machine may time out an unfaulted attempt now and then; a few are not the plan's doing.
        Assert.True(failed.Count - faulted.Count <= 3, $"unfaulted requests failed: {string.Join(", ", failed.Except(faulted))}");
        Assert.All(injected, fault => Assert.Contains(fault.Kind, Transient));
        Assert.Equal(Transient.Order(), injected.Select(fault => fault.Kind).Distinct().Order());
        var statuses = injected.Where(fault => fault.Kind == FaultKind.Status).Select(fault => fault.StatusCode).ToHashSet();
        Assert.Equal([429, 500, 502, 503, 504], statuses.Order());
        Assert.All(injected, fault => Assert.Equal(fault.StatusCode == 429, fault.RetryAfterSeconds is 0 or 1));
    }

    /// <summary>Marks a request with its number in a parameter the API ignores, to find it in the injected faults.</summary>
    private static string Numbered(string uri, int number) => $"{uri}{(uri.Contains('?', StringComparison.Ordinal) ? '&' : '?')}n={number}";

    private static int NumberOf(string query) => int.Parse(query[(query.LastIndexOf("n=", StringComparison.Ordinal) + 2)..], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_non_idempotent_post_is_never_reset_nor_has_its_answer_spoiled()
    {
        Plan = FaultPlan.MixedTransient(1, seed: 3);
        using var impatient = ImpatientClient(AttemptTimeout);
        var chat = OpenOwnedChat;

        // No such POST is served yet (sending messages is not simulated); faults come before routing all the same.
        for (var i = 0; i < 40; i++)
        {
            await StatusOfAsync(Api.Org($"owned_chats/{chat.Id}/messages"), HttpMethod.Post, """{"message": "hi"}""", impatient);
        }

        // Every POST that reached the simulator was faulted (an impatient client may give up on one before it arrives).
        var kinds = Plan.Injected.Select(fault => fault.Kind).ToHashSet();
        Assert.InRange(Plan.Injected.Count, 35, 40);
        Assert.Equal([FaultKind.Status, FaultKind.Slow], kinds.Order());
    }

    [Fact]
    public async Task A_tag_post_may_be_reset_before_it_is_processed_but_not_after()
    {
        Plan = FaultPlan.MixedTransient(1, seed: 3);
        using var impatient = ImpatientClient(AttemptTimeout);
        var chat = OpenOwnedChat;

        for (var i = 0; i < 30; i++)
        {
            await StatusOfAsync(Api.Org($"owned_chats/{chat.Id}/tags"), HttpMethod.Post, """{"name": "retried"}""", impatient);
            await StatusOfAsync(Api.Org($"owned_chats/{chat.Id}"), HttpMethod.Patch, """{"is_waiting": false}""", impatient);
        }

        var kinds = Plan.Injected.Select(fault => fault.Kind).ToHashSet();
        Assert.Contains(FaultKind.ResetBeforeResponse, kinds);
        Assert.DoesNotContain(FaultKind.ResetMidBody, kinds);
    }
}
