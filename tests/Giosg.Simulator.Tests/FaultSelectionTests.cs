using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

/// <summary>Which requests a <see cref="FaultPlan"/>'s rules pick: routes, methods, paths, shares, counts, and the seed.</summary>
public sealed class FaultSelectionTests : FaultedSimulator
{
    [Fact]
    public async Task First_n_faults_the_first_n_matching_requests_only()
    {
        Inject(FaultRule.For(FaultRoute.List).First(3).Respond(Fault.Status(503)));

        var statuses = await StatusesAsync(Api.Org("owned_chats"), 6);

        Assert.Equal([503, 503, 503, 200, 200, 200], statuses);
    }

    [Fact]
    public async Task Every_nth_faults_the_nth_2nth_and_so_on()
    {
        Inject(FaultRule.For(FaultRoute.List).Every(3).Respond(Fault.Status(503)));

        var statuses = await StatusesAsync(Api.Org("owned_chats"), 9);

        Assert.Equal([200, 200, 503, 200, 200, 503, 200, 200, 503], statuses);
        Assert.Equal([3L, 6L, 9L], Plan.Injected.Select(fault => fault.RequestNumber));
    }

    [Fact]
    public async Task A_probability_faults_about_that_share_of_matching_requests()
    {
        Inject(FaultRule.For(FaultRoute.List).Probability(0.3).Respond(Fault.Status(503)));

        var statuses = await StatusesAsync(Api.Org("owned_chats"), 300);

        Assert.InRange(statuses.Count(status => status == 503), 60, 120);
        Assert.Equal(statuses.Count(status => status == 503), Plan.Injected.Count);
    }

    [Fact]
    public async Task Probability_zero_never_faults_and_one_always_does()
    {
        Plan = FaultPlan.Create()
            .Add(FaultRule.For(FaultRoute.List).Probability(0).Respond(Fault.Status(500)))
            .Add(FaultRule.For(FaultRoute.Chat).Probability(1).Respond(Fault.Status(503)));

        var listings = await StatusesAsync(Api.Org("owned_chats"), 50);
        var chats = await StatusesAsync(Api.Org($"owned_chats/{OpenOwnedChat.Id}"), 50);

        Assert.All(listings, status => Assert.Equal(200, status));
        Assert.All(chats, status => Assert.Equal(503, status));
    }

    [Fact]
    public async Task The_same_seed_faults_the_same_requests_the_same_way_and_another_seed_does_not()
    {
        var first = await FaultedSequenceAsync(seed: 42);
        var again = await FaultedSequenceAsync(seed: 42);
        var other = await FaultedSequenceAsync(seed: 43);

        Assert.NotEmpty(first);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Route_kinds_tell_listings_pages_chats_patches_and_sub_resources_apart()
    {
        var chat = OpenOwnedChat;
        var page = await Api.GetJsonAsync(Api.Org("owned_chats"));
        var nextPage = new Uri((string)page["next"]!).PathAndQuery.TrimStart('/');
        var routes = new Dictionary<FaultRoute, int>();
        foreach (var route in Enum.GetValues<FaultRoute>().Where(route => route != FaultRoute.Any))
        {
            Inject(FaultRule.For(route).Respond(Fault.Status(503)));
            (HttpMethod Method, string Uri, string? Body)[] requests =
            [
                (HttpMethod.Get, Api.Org("owned_chats"), null),
                (HttpMethod.Get, nextPage, null),
                (HttpMethod.Get, Api.User("chats"), null),
                (HttpMethod.Get, Api.Org("chats?page=2"), null),
                (HttpMethod.Get, Api.Org($"owned_chats/{chat.Id}"), null),
                (HttpMethod.Patch, Api.Org($"owned_chats/{chat.Id}"), """{"is_waiting": false}"""),
                (HttpMethod.Put, Api.Org($"routed_chats/{chat.Id}"), """{"is_waiting": false}"""),
                (HttpMethod.Get, Api.Org($"owned_chats/{chat.Id}/messages"), null),
                (HttpMethod.Get, Api.User($"routed_chats/{chat.Id}/memberships"), null),
                (HttpMethod.Get, Api.Org($"owned_chats/{chat.Id}/tags"), null),
                (HttpMethod.Post, Api.Org($"owned_chats/{chat.Id}/tags"), """{"name": "x"}"""),
                (HttpMethod.Delete, Api.Org($"owned_chats/{chat.Id}/tags/x"), null),
                (HttpMethod.Get, Api.Org($"owned_chats/{chat.Id}/allowed_tags"), null),
                (HttpMethod.Get, Api.Org($"owned_chats/{chat.Id}/visitors/{new string('a', 32)}/variables"), null),
            ];
            foreach (var (method, uri, body) in requests)
            {
                await StatusOfAsync(uri, method, body);
            }

            routes[route] = Plan.Injected.Count;
        }

        Assert.Equal(4, routes[FaultRoute.List]);
        Assert.Equal(1, routes[FaultRoute.Chat]);
        Assert.Equal(2, routes[FaultRoute.Patch]);
        Assert.Equal(1, routes[FaultRoute.Messages]);
        Assert.Equal(1, routes[FaultRoute.Memberships]);
        Assert.Equal(4, routes[FaultRoute.Tags]);
        Assert.Equal(1, routes[FaultRoute.Variables]);
    }

    [Fact]
    public async Task A_method_narrows_a_rule()
    {
        var chat = OpenOwnedChat;
        Inject(FaultRule.For(FaultRoute.Tags, "POST").Respond(Fault.Status(503)));

        var listed = await StatusOfAsync(Api.Org($"owned_chats/{chat.Id}/tags"));
        var added = await StatusOfAsync(Api.Org($"owned_chats/{chat.Id}/tags"), HttpMethod.Post, """{"name": "x"}""");

        Assert.Equal((200, 503), (listed, added));
    }

    [Fact]
    public async Task A_path_pattern_matches_the_path_and_query()
    {
        var page = await Api.GetJsonAsync(Api.Org("owned_chats"));
        Inject(FaultRule.ForPath("[?&]cursor=", "GET").Respond(Fault.Status(503)));

        var first = await StatusOfAsync(Api.Org("owned_chats"));
        var next = await StatusOfAsync((string)page["next"]!);

        Assert.Equal((200, 503), (first, next));
    }

    [Fact]
    public async Task Rules_are_tried_in_order_and_the_first_that_fires_decides()
    {
        Plan = FaultPlan.Create()
            .Add(FaultRule.For(FaultRoute.List).Every(2).Respond(Fault.Status(502)))
            .Add(FaultRule.For(FaultRoute.Any).First(2).Respond(Fault.Status(504)));

        var statuses = await StatusesAsync(Api.Org("owned_chats"), 5);

        // The second rule is asked about requests 1, 3 and 5 only, and fires on the first two of them.
        Assert.Equal([504, 502, 504, 502, 200], statuses);
    }

    [Fact]
    public async Task A_rule_hits_requests_the_api_would_turn_away()
    {
        Inject(FaultRule.For(FaultRoute.Chat).Respond(Fault.Status(503)));
        using var anonymous = new HttpClient { BaseAddress = Simulator.BaseUri };

        using var response = await anonymous.GetAsync(Api.Org("owned_chats/not-a-uuid"));

        Assert.Equal(503, (int)response.StatusCode);
    }

    [Fact]
    public void A_rule_without_a_fault_or_with_bad_bounds_is_refused()
    {
        Assert.Throws<ArgumentException>(() => FaultPlan.Create().Add(FaultRule.For(FaultRoute.Any).First(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => FaultRule.For(FaultRoute.Any).Probability(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => FaultRule.For(FaultRoute.Any).Every(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Fault.Status(302));
        Assert.ThrowsAny<ArgumentException>(() => FaultRule.ForPath("(unclosed"));
        Assert.Throws<ArgumentException>(() => FaultRule.For(FaultRoute.Any, "GET /"));
    }

    private async Task<List<int>> StatusesAsync(string uri, int count)
    {
        var statuses = new List<int>();
        for (var i = 0; i < count; i++)
        {
            statuses.Add(await StatusOfAsync(uri));
        }

        return statuses;
    }

    /// <summary>A fixed sequence of requests through a fresh mixed plan: which were faulted, and how.</summary>
    private async Task<List<(long, string, string, FaultKind, string)>> FaultedSequenceAsync(int seed)
    {
        var chats = Simulator.Data.OwnedChats.Take(20).ToArray();
        Plan = FaultPlan.Create(seed)
            .Add(FaultRule.For(FaultRoute.Chat).Probability(0.2).Respond(Fault.OneOf(Fault.Status(503), Fault.Status(429, RetryAfter.Seconds(0)), Fault.InvalidJson)))
            .Add(FaultRule.For(FaultRoute.Messages).Probability(0.3).Respond(Fault.OneOf(Fault.TruncatedJson, Fault.WrongContentType)));
        foreach (var chat in chats)
        {
            await StatusOfAsync(Api.Org($"owned_chats/{chat.Id}"));
            await StatusOfAsync(Api.Org($"owned_chats/{chat.Id}/messages"));
        }

        return [.. Plan.Injected.Select(fault => (fault.RequestNumber, fault.Method, fault.Path, fault.Kind, fault.Fault.ToString()))];
    }
}
