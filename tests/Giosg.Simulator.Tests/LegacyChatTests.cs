using System.Net;
using System.Text.Json.Nodes;
using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

[Collection(SharedSimulatorGroup.Name)]
public sealed class LegacyChatTests(SharedSimulator shared)
{
    private readonly ApiClient _api = shared.Api;
    private readonly IReadOnlyList<SimChat> _owned = shared.Data.OwnedChats;

    [Fact]
    public async Task Next_page_urls_walk_every_owned_chat_once_in_start_time_order()
    {
        var ids = new List<Guid>();
        var pages = 0;
        for (string? next = _api.Org("chats?page_size=100"); next is not null; pages++)
        {
            var page = await _api.GetJsonAsync(next);
            Assert.Equal(_owned.Count, (int)page["count"]!);
            Assert.Equal(pages + 1, (int)page["current_page"]!);
            ids.AddRange(page["results"]!.AsArray().Select(chat => chat!.Id()));
            next = (string?)page["next_page_url"];
        }

        Assert.Equal((_owned.Count + 99) / 100, pages);
        Assert.Equal(_owned.Select(chat => chat.Id), ids);
    }

    [Fact]
    public async Task The_first_page_describes_the_collection()
    {
        var page = await _api.GetJsonAsync(_api.Org("chats"));

        Assert.Equal(25, (int)page["per_page"]!);
        Assert.Equal(25, page["results"]!.AsArray().Count);
        Assert.Equal((_owned.Count + 24) / 25, (int)page["num_pages"]!);
        Assert.Equal(2, (int)page["next_page"]!);
        Assert.Null(page["previous_page"]);
        Assert.Null(page["previous_page_url"]);
        Assert.EndsWith("/chats?page=2", (string)page["next_page_url"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page_size=500", 100)]
    [InlineData("page_size=100", 100)]
    [InlineData("page_size=10", 10)]
    [InlineData("page_size=0", 25)]
    [InlineData("page_size=lots", 25)]
    public async Task Page_size_defaults_to_25_and_is_clamped_to_100(string query, int expected)
    {
        var page = await _api.GetJsonAsync(_api.Org($"chats?{query}"));

        Assert.Equal(expected, (int)page["per_page"]!);
        Assert.Equal(expected, page["results"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_last_page_links_back_and_not_forward()
    {
        var last = await _api.GetJsonAsync(_api.Org("chats?page=last&page_size=100"));
        var pageCount = (int)last["num_pages"]!;

        Assert.Equal(pageCount, (int)last["current_page"]!);
        Assert.Null(last["next_page_url"]);
        Assert.EndsWith($"page={pageCount - 1}", (string)last["previous_page_url"]!, StringComparison.Ordinal);
        Assert.Equal(_owned.Count - ((pageCount - 1) * 100), last["results"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("page=999")]
    [InlineData("page=0")]
    [InlineData("page=-1")]
    [InlineData("page=abc")]
    public async Task Pages_outside_the_collection_are_404_invalid_page(string query)
    {
        var error = await _api.GetJsonAsync(_api.Org($"chats?{query}"), HttpStatusCode.NotFound);

        Assert.Equal("Invalid page.", (string?)error["detail"]);
    }

    [Fact]
    public async Task An_empty_collection_still_has_one_empty_page()
    {
        await using var empty = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 0, Now = SharedSimulator.Now });
        using var api = new ApiClient(empty);

        var page = await api.GetJsonAsync(api.Org("chats"));

        Assert.Equal(0, (int)page["count"]!);
        Assert.Equal(1, (int)page["num_pages"]!);
        Assert.Empty(page["results"]!.AsArray());
    }

    [Fact]
    public async Task Legacy_chats_have_start_and_end_times_and_embedded_lists()
    {
        var page = await _api.GetJsonAsync(_api.Org("chats?only_ended=true"));
        var chat = page["results"]![0]!.AsObject();

        foreach (var name in new[] { "id", "token", "start_time", "end_time", "updated_at", "is_private", "is_real_conversation", "is_autosuggested", "room_id", "operator_message_count", "visitor_message_count", "message_count", "start_url", "start_url_title", "autosuggest_url", "autosuggest_url_title" })
        {
            Assert.True(chat.ContainsKey(name), $"missing {name}");
        }

        Assert.All(new[] { "api_data", "logs", "tags", "shopping_carts" }, name => Assert.IsType<JsonArray>(chat[name]));
        var source = _owned.Single(owned => owned.Id == chat.Id());
        Assert.Equal(source.CreatedAt, chat.Time("start_time"));
        Assert.Equal(source.EndedAt, chat.Time("end_time"));
        Assert.Equal(source.TagCount, chat["tags"]!.AsArray().Count);
    }

    [Fact]
    public async Task Descending_start_time_reverses_the_order()
    {
        var page = await _api.GetJsonAsync(_api.Org("chats?ordering=-start_time&page_size=100"));

        Assert.Equal(_owned.Reverse().Take(100).Select(chat => chat.Id), Ids(page));
    }

    [Theory]
    [InlineData("ordering=created_at", "ordering")]
    [InlineData("ordering=-created_at", "ordering")]
    [InlineData("room_id=not-a-uuid", "room_id")]
    [InlineData("start_time=yesterday", "start_time")]
    [InlineData("min_message_count=many", "min_message_count")]
    public async Task Invalid_parameters_are_400_naming_the_parameter(string query, string parameter)
    {
        var error = await _api.GetJsonAsync(_api.Org($"chats?{query}"), HttpStatusCode.BadRequest);

        Assert.NotNull(error[parameter]);
    }

    private static IEnumerable<Guid> Ids(JsonNode page) => page["results"]!.AsArray().Select(chat => chat!.Id());
}
