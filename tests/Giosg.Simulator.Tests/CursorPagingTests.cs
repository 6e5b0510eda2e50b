using System.Net;
using System.Text.Json.Nodes;
using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

[Collection(SharedSimulatorGroup.Name)]
public sealed class CursorPagingTests(SharedSimulator shared)
{
    private readonly ApiClient _api = shared.Api;

    [Fact]
    public async Task Owned_chats_follow_next_links_to_every_owned_chat_once()
    {
        var chats = await _api.ListAllAsync(_api.Org("owned_chats"));

        Assert.Equal(shared.Data.OwnedChats.Select(chat => chat.Id), chats.Ids());
        Assert.Equal(chats.Count, chats.Ids().Distinct().Count());
    }

    [Fact]
    public async Task Pages_hold_the_server_page_size_and_ignore_a_page_size_parameter()
    {
        var page = await _api.GetJsonAsync(_api.Org("owned_chats?page_size=7"));

        Assert.Equal(SharedSimulator.PageSize, page["results"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_default_ordering_is_created_at_ascending()
    {
        var chats = await _api.ListAllAsync(_api.Org("routed_chats"));
        var created = chats.Select(chat => chat.Time("created_at")).ToList();

        Assert.Equal(created.Order(), created);
        Assert.Equal(shared.Data.Chats.Count, chats.Count);
    }

    [Fact]
    public async Task Descending_ordering_walks_newest_first_across_pages()
    {
        var chats = await _api.ListAllAsync(_api.Org("owned_chats?ordering=-created_at"));

        Assert.Equal(shared.Data.OwnedChats.Reverse().Select(chat => chat.Id), chats.Ids());
    }

    [Fact]
    public async Task Next_links_are_absolute_and_repeat_the_request_filters()
    {
        var page = await _api.GetJsonAsync(_api.Org("owned_chats?ordering=-created_at&has_messages=true&unknown=x%20y"));
        var next = new Uri((string)page["next"]!);

        Assert.True(next.IsAbsoluteUri);
        Assert.Equal(shared.Simulator.BaseUri.Authority, next.Authority);
        Assert.Contains("ordering=-created_at", next.Query, StringComparison.Ordinal);
        Assert.Contains("has_messages=true", next.Query, StringComparison.Ordinal);
        Assert.Contains("unknown=x%20y", next.Query, StringComparison.Ordinal);
        Assert.Contains("cursor=", next.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_links_replace_the_cursor_instead_of_adding_one()
    {
        var first = await _api.GetJsonAsync(_api.Org("owned_chats"));
        var second = await _api.GetJsonAsync((string)first["next"]!);

        var query = new Uri((string)second["next"]!).Query;
        Assert.Single(query.Split('&'), part => part.TrimStart('?').StartsWith("cursor=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_first_page_has_no_previous_link_and_the_last_page_no_next_link()
    {
        var first = await _api.GetJsonAsync(_api.Org("owned_chats"));
        Assert.Null(first["previous"]);

        var page = first;
        while (page["next"] is not null)
        {
            page = await _api.GetJsonAsync((string)page["next"]!);
            Assert.NotNull(page["previous"]);
        }

        Assert.Null(page["next"]);
    }

    [Fact]
    public async Task Previous_links_lead_back_to_the_page_before()
    {
        var first = await _api.GetJsonAsync(_api.Org("owned_chats?ordering=-created_at"));
        var second = await _api.GetJsonAsync((string)first["next"]!);
        var third = await _api.GetJsonAsync((string)second["next"]!);

        var backToSecond = await _api.GetJsonAsync((string)third["previous"]!);
        var backToFirst = await _api.GetJsonAsync((string)backToSecond["previous"]!);

        Assert.Equal(Ids(second), Ids(backToSecond));
        Assert.Equal(Ids(first), Ids(backToFirst));
        Assert.Null(backToFirst["previous"]);
        Assert.Equal(Ids(second), Ids(await _api.GetJsonAsync((string)backToFirst["next"]!)));
    }

    [Fact]
    public async Task An_empty_listing_has_no_links()
    {
        var page = await _api.GetJsonAsync(_api.Org("owned_chats?created_at_after=2030-01-01"));

        Assert.Empty(page["results"]!.AsArray());
        Assert.Null(page["next"]);
        Assert.Null(page["previous"]);
    }

    [Theory]
    [InlineData("updated_at")]
    [InlineData("-updated_at")]
    [InlineData("created_at")]
    [InlineData("-created_at")]
    public async Task User_chats_can_be_ordered_by_created_at_or_updated_at_both_ways(string ordering)
    {
        var chats = await _api.ListAllAsync(_api.User($"chats?ordering={ordering}"));
        var field = ordering.TrimStart('-');
        var expected = shared.Data.Chats
            .Where(chat => chat.UserMembers.Any(user => user.Id == shared.Simulator.UserId))
            .OrderBy(chat => field == "updated_at" ? chat.UpdatedAt : chat.CreatedAt)
            .ThenBy(chat => chat.Id)
            .Select(chat => chat.Id)
            .ToList();
        if (ordering.StartsWith('-'))
        {
            expected.Reverse();
        }

        Assert.Equal(expected, chats.Ids());
    }

    [Fact]
    public async Task A_cursor_is_only_valid_for_the_ordering_field_it_came_from()
    {
        var page = await _api.GetJsonAsync(_api.User("chats?ordering=updated_at"));
        var cursor = new Uri((string)page["next"]!).Query.Split('&').Single(part => part.StartsWith("cursor=", StringComparison.Ordinal));

        var error = await _api.GetJsonAsync(_api.User($"chats?ordering=created_at&{cursor}"), HttpStatusCode.BadRequest);

        Assert.NotNull(error["cursor"]);
    }

    private static IEnumerable<Guid> Ids(JsonNode page) => page["results"]!.AsArray().Select(chat => chat!.Id());
}
