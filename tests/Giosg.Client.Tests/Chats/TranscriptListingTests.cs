using Giosg.Client.Chats;
using Giosg.Client.Tests.Infrastructure;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Chats;

[Collection(SimulatorGroup.Name)]
public sealed class TranscriptListingTests(SimulatorFixture fixture)
{
    private IEnumerable<SimChat> Owned => fixture.Simulator.Data.OwnedChats;

    [Fact]
    public void Every_filter_maps_to_its_documented_parameter()
    {
        var request = new TranscriptListRequest
        {
            Ended = true,
            StartedAfter = new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.FromHours(3)),
            EndedBefore = new DateTimeOffset(2026, 5, 2, 0, 0, 0, TimeSpan.Zero),
            RoomId = new Guid("9926bdfa-56e0-11e5-b98c-6c4008c08dfe"),
            Tag = "Premium & co",
            MinMessageCount = 3,
            RealConversation = false,
            HasSales = true,
            SinceId = new Guid("58f5055c-56e0-11e5-9354-6c4008c08dfe"),
            OrderBy = TranscriptOrder.EndTime,
            Descending = true,
            Page = 4,
        };

        Assert.Equal(
            "?ordering=-end_time&page_size=100&page=4&only_ended=true&start_time=2026-05-01T05%3A00%3A00.0000000Z&end_time=2026-05-02T00%3A00%3A00.0000000Z"
            + "&room_id=9926bdfa-56e0-11e5-b98c-6c4008c08dfe&tag=Premium%20%26%20co&min_message_count=3&is_real_conversation=false&has_sales=true&since_id=58f5055c-56e0-11e5-9354-6c4008c08dfe",
            request.ToQueryString());
        Assert.Equal("?ordering=start_time&page_size=100", new TranscriptListRequest().ToQueryString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_page_size_outside_1_to_100_is_refused_before_any_request(int size) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TranscriptListRequest { PageSize = size }.ToQueryString());

    [Fact]
    public void Contradicting_filters_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new TranscriptListRequest { Ended = false, EndedBefore = SimulatorFixture.Now }.ToQueryString());
        Assert.Throws<ArgumentException>(() => new TranscriptListRequest { StartedAfter = SimulatorFixture.Now, EndedBefore = SimulatorFixture.Now }.ToQueryString());
    }

    [Fact]
    public async Task The_server_applies_the_filters_and_the_descending_end_time_order()
    {
        var room = Owned.GroupBy(chat => chat.RoomId).OrderByDescending(group => group.Count()).First().Key;
        var request = new TranscriptListRequest { Ended = true, RoomId = room, MinMessageCount = 2, OrderBy = TranscriptOrder.EndTime, Descending = true };
        using var connection = fixture.Connect();

        var chats = await new GiosgClient(connection).Chats.ListTranscripts(request).ToListAsync();

        var expected = Owned.Where(chat => chat.IsEnded && chat.RoomId == room && chat.MessageCount >= 2)
            .OrderByDescending(chat => chat.EndedAt).ThenByDescending(chat => chat.Id).Select(chat => chat.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, chats.Select(chat => chat.Id).ToList());
    }

    [Fact]
    public async Task Open_chats_only_is_applied_as_pages_arrive()
    {
        using var connection = fixture.Connect();

        var chats = await new GiosgClient(connection).Chats.ListTranscripts(new TranscriptListRequest { Ended = false }).ToListAsync();

        Assert.Equal(Owned.Count(chat => !chat.IsEnded), chats.Count);
        Assert.All(chats, chat => Assert.Null(chat.EndTime));
    }

    [Fact]
    public async Task Sales_real_conversations_tags_and_since_id_filter_on_the_server()
    {
        using var connection = fixture.Connect();
        var client = new GiosgClient(connection);
        var tagged = Owned.First(chat => chat.TagCount > 0);
        var tag = fixture.Simulator.Data.ChatTags(tagged.Id)[0];
        var since = Owned.Select(chat => chat.Id).Order().ElementAt(Owned.Count() / 2);

        var sales = await client.Chats.ListTranscripts(new TranscriptListRequest { HasSales = true }).ToListAsync();
        var unreal = await client.Chats.ListTranscripts(new TranscriptListRequest { RealConversation = false }).ToListAsync();
        var withTag = await client.Chats.ListTranscripts(new TranscriptListRequest { Tag = tag }).ToListAsync();
        var after = await client.Chats.ListTranscripts(new TranscriptListRequest { SinceId = since }).ToListAsync();

        Assert.NotEmpty(sales);
        Assert.All(sales, chat => Assert.Contains(chat.ShoppingCarts, cart => cart.IsPurchased));
        Assert.Equal(Owned.Count(chat => chat.UserMessageCount == 0 || chat.VisitorMessageCount == 0), unreal.Count);
        Assert.All(unreal, chat => Assert.False(chat.IsRealConversation));
        Assert.Contains(withTag, chat => chat.Id == tagged.Id);
        Assert.All(withTag, chat => Assert.Contains(chat.Tags, t => t.Name == tag));
        Assert.Equal(Owned.Count(chat => chat.Id.CompareTo(since) > 0), after.Count);
    }

    [Fact]
    public async Task Each_chat_carries_its_logs_tags_carts_with_products_and_api_data_typed()
    {
        using var connection = fixture.Connect();

        var chats = await new GiosgClient(connection).Chats.ListTranscripts(new TranscriptListRequest { HasSales = true, RealConversation = true }).ToListAsync();

        var chat = chats.First(c => c.ApiData.Count > 0);
        var source = fixture.Simulator.Data.FindChat(chat.Id)!;
        Assert.False(string.IsNullOrEmpty(chat.Token));
        Assert.Equal(source.CreatedAt, chat.StartTime);
        Assert.Equal(source.EndedAt, chat.EndTime);
        Assert.Equal(source.TagCount, chat.Tags.Count);
        Assert.Contains(chat.Logs, log => log.Type == 1 && log.SenderType == 2 && log.SenderId == source.VisitorId);
        Assert.Contains(chat.Logs, log => log.Type == 1 && log.SenderType == 1 && Guid.TryParse(log.SenderId, out _));
        Assert.Equal(source.MessageCount, chat.Logs.Count(log => log.Type == 1));
        Assert.All(chat.Logs, log => Assert.InRange(log.CreatedAt, chat.StartTime, chat.EndTime!.Value));
        var cart = Assert.Single(chat.ShoppingCarts);
        Assert.Equal("EUR", cart.Currency);
        Assert.NotNull(cart.LockedAt);
        Assert.NotEmpty(cart.Products);
        Assert.All(cart.Products, product => Assert.False(string.IsNullOrEmpty(product.Price)));
        Assert.All(chat.ApiData, data => Assert.False(string.IsNullOrEmpty(data.Value)));
    }
}
