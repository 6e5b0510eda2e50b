using Giosg.Client.Chats;
using Giosg.Client.Errors;
using Giosg.Client.Tests.Infrastructure;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Paging;

[Collection(SimulatorGroup.Name)]
public sealed class PagedListingTests(SimulatorFixture fixture)
{
    private IEnumerable<SimChat> OwnedChats =>
        fixture.Simulator.Data.Chats.Where(chat => chat.RoomOrganizationId == fixture.Simulator.OrganizationId);

    [Fact]
    public async Task Listing_follows_next_links_until_null_and_yields_every_owned_chat_once()
    {
        var handler = new CountingHandler();
        using var connection = fixture.Connect(handler);

        var chats = await new GiosgClient(connection).Chats.List(new ChatListRequest()).ToListAsync();

        var expected = OwnedChats.Select(chat => chat.Id).ToHashSet();
        Assert.Equal(expected.Count, chats.Count);
        Assert.Equal(chats.Count, chats.Select(chat => chat.Id).Distinct().Count());
        Assert.True(expected.SetEquals(chats.Select(chat => chat.Id)));
        Assert.Equal((expected.Count + SimulatorFixture.PageSize - 1) / SimulatorFixture.PageSize, handler.Sent);
        Assert.All(chats, chat => Assert.Equal(ChatScope.Owned, chat.Scope));
    }

    [Fact]
    public async Task An_empty_collection_yields_nothing_after_one_request()
    {
        var handler = new CountingHandler();
        using var connection = fixture.Connect(handler);
        var request = new ChatListRequest { CreatedBefore = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero) };

        var chats = await new GiosgClient(connection).Chats.List(request).ToListAsync();

        Assert.Empty(chats);
        Assert.Equal(1, handler.Sent);
    }

    [Fact]
    public async Task A_collection_of_exactly_one_page_costs_one_request()
    {
        await using var small = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 30, Seed = 3, PageSize = 100, Now = SimulatorFixture.Now });
        var handler = new CountingHandler();
        using var connection = SimulatorFixture.Connect(small, handler);

        var chats = await new GiosgClient(connection).Chats.List(new ChatListRequest { Scope = ChatScope.Routed }).ToListAsync();

        Assert.Equal(small.Data.Chats.Count, chats.Count);
        Assert.Equal(1, handler.Sent);
    }

    [Fact]
    public async Task Page_numbered_collection_is_read_by_the_same_reader_and_reports_its_count()
    {
        var handler = new CountingHandler();
        using var connection = fixture.Connect(handler);
        var listing = new GiosgClient(connection).Chats.ListLegacy(pageSize: 100);

        var chats = await listing.ToListAsync();

        Assert.Equal(listing.TotalCount, chats.Count);
        Assert.Equal(chats.Count, chats.Select(chat => chat.Id).Distinct().Count());
        Assert.True(OwnedChats.Select(chat => chat.Id).ToHashSet().SetEquals(chats.Select(chat => chat.Id)));
        Assert.Equal((chats.Count + 99) / 100, handler.Sent);
        Assert.All(handler.Requests.Skip(1), request => Assert.Contains("page=", request.Uri.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stopping_early_sends_no_request_beyond_the_prefetched_page()
    {
        var handler = new CountingHandler();
        using var connection = fixture.Connect(handler);
        var listing = new GiosgClient(connection).Chats.List(new ChatListRequest());

        var firstFive = new List<Chat>();
        await foreach (var chat in listing)
        {
            firstFive.Add(chat);
            if (firstFive.Count == 5)
            {
                break;
            }
        }

        // Disposal awaited the prefetch, so nothing can still be on its way.
        Assert.Equal(5, firstFive.Count);
        Assert.InRange(handler.Sent, 1, 2);
    }

    [Fact]
    public async Task Prefetch_never_runs_more_than_one_page_ahead_of_the_consumer()
    {
        var handler = new CountingHandler();
        using var connection = fixture.Connect(handler);

        var consumed = 0;
        await foreach (var _ in new GiosgClient(connection).Chats.List(new ChatListRequest()))
        {
            consumed++;
            var pageOfItem = (consumed + SimulatorFixture.PageSize - 1) / SimulatorFixture.PageSize;
            Assert.InRange(handler.Sent, pageOfItem, pageOfItem + 1);
        }

        Assert.True(consumed > 3 * SimulatorFixture.PageSize);
    }

    [Fact]
    public async Task Prefetch_overlaps_the_consumer_so_the_next_page_is_requested_before_the_current_one_is_consumed()
    {
        var handler = new CountingHandler();
        using var connection = fixture.Connect(handler);

        await using var enumerator = new GiosgClient(connection).Chats.List(new ChatListRequest()).GetAsyncEnumerator();
        Assert.True(await enumerator.MoveNextAsync());

        // Only the first item of page 1 is consumed, and page 2 is already on its way.
        Assert.Equal(2, handler.Sent);
    }

    [Fact]
    public async Task Cancelling_the_enumeration_stops_the_listing()
    {
        using var connection = fixture.Connect();
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new GiosgClient(connection).Chats.List(new ChatListRequest()).WithCancellation(cancellation.Token))
            {
                if (++seen == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        });
        Assert.Equal(3, seen);
    }

    [Fact]
    public async Task A_next_link_to_another_origin_is_refused_and_never_requested()
    {
        const string first = "https://service.giosg.com/api/v5/orgs/7f9e9580-095b-42c7-838c-c04e667b26f7/owned_chats?ordering=created_at";
        var pages = new Dictionary<string, string>
        {
            [first] = """{"next": "https://evil.example.com/steal?cursor=x", "previous": null, "results": [{"id": "58f5055c-56e0-11e5-9354-6c4008c08dfe", "created_at": "2015-02-13T11:31:36.042", "updated_at": "2015-02-13T12:38:36.431"}]}""",
        };
        var handler = new CountingHandler(new CannedHandler(pages));
        using var connection = CannedConnection(handler);

        var received = new List<Chat>();
        var error = await Assert.ThrowsAsync<GiosgApiException>(async () =>
        {
            await foreach (var chat in new GiosgClient(connection).Chats.List(new ChatListRequest()))
            {
                received.Add(chat);
            }
        });

        Assert.Equal(GiosgErrorKind.UnsafePaging, error.Kind);
        Assert.Contains("evil.example.com", error.Message, StringComparison.Ordinal);
        Assert.Single(received);
        Assert.Equal(1, handler.Sent);
    }

    [Fact]
    public async Task A_next_link_that_repeats_a_visited_page_ends_the_listing_with_an_error()
    {
        const string first = "https://service.giosg.com/api/v5/orgs/7f9e9580-095b-42c7-838c-c04e667b26f7/owned_chats?ordering=created_at";
        const string second = first + "?cursor=b";
        var pages = new Dictionary<string, string>
        {
            [first] = $$"""{"next": "{{second}}", "results": [{"id": "00000000-0000-0000-0000-000000000001"}]}""",
            [second] = $$"""{"next": "{{first}}", "results": [{"id": "00000000-0000-0000-0000-000000000002"}]}""",
        };
        var handler = new CountingHandler(new CannedHandler(pages));
        using var connection = CannedConnection(handler);

        var received = new List<Chat>();
        var error = await Assert.ThrowsAsync<GiosgApiException>(async () =>
        {
            await foreach (var chat in new GiosgClient(connection).Chats.List(new ChatListRequest()))
            {
                received.Add(chat);
            }
        });

        Assert.Equal(GiosgErrorKind.UnsafePaging, error.Kind);
        Assert.Contains("already read", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, received.Count);
        Assert.Equal(2, handler.Sent);
    }

    [Fact]
    public async Task A_page_without_results_is_an_invalid_response()
    {
        const string first = "https://service.giosg.com/api/v5/orgs/7f9e9580-095b-42c7-838c-c04e667b26f7/owned_chats?ordering=created_at";
        var handler = new CountingHandler(new CannedHandler(new Dictionary<string, string> { [first] = """{"next": null}""" }));
        using var connection = CannedConnection(handler);

        var error = await Assert.ThrowsAsync<GiosgApiException>(async () => await new GiosgClient(connection).Chats.List(new ChatListRequest()).ToListAsync());

        Assert.Equal(GiosgErrorKind.InvalidResponse, error.Kind);
    }

    [Fact]
    public async Task Malformed_json_is_an_invalid_response_naming_the_request()
    {
        const string first = "https://service.giosg.com/api/v5/orgs/7f9e9580-095b-42c7-838c-c04e667b26f7/owned_chats?ordering=created_at";
        var handler = new CountingHandler(new CannedHandler(new Dictionary<string, string> { [first] = """{"next": null, "results": [{"id": """ }));
        using var connection = CannedConnection(handler);

        var error = await Assert.ThrowsAsync<GiosgApiException>(async () => await new GiosgClient(connection).Chats.List(new ChatListRequest()).ToListAsync());

        Assert.Equal(GiosgErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("owned_chats", error.Message, StringComparison.Ordinal);
    }

    private static Connections.GiosgConnection CannedConnection(CountingHandler handler)
    {
        Assert.True(Connections.ApiToken.TryCreate("canned-token", out var token, out _));
        return new Connections.GiosgConnection(token, new Connections.GiosgConnectionOptions
        {
            OrganizationId = Guid.Parse("7f9e9580-095b-42c7-838c-c04e667b26f7"),
            InnerHandler = handler,
        });
    }
}
