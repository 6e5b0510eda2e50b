using System.Net;
using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

[Collection(SharedSimulatorGroup.Name)]
public sealed class FilterTests(SharedSimulator shared)
{
    private readonly ApiClient _api = shared.Api;

    public static TheoryData<string, bool> BooleanFilters()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in new[] { "is_ended", "is_waiting", "has_messages", "has_user_messages", "has_visitor_messages" })
        {
            data.Add(name, true);
            data.Add(name, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BooleanFilters))]
    public async Task Boolean_filters_keep_exactly_the_matching_owned_chats(string name, bool value)
    {
        var chats = await _api.ListAllAsync(_api.Org($"owned_chats?{name}={(value ? "true" : "false")}"));

        var expected = shared.Data.OwnedChats.Where(chat => Attribute(chat, name) == value).Select(chat => chat.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, chats.Ids());
        Assert.All(chats, chat => Assert.Equal(value, (bool)chat[name]!));
    }

    [Fact]
    public async Task Open_external_chats_newest_first_is_the_housekeeping_query()
    {
        var chats = await _api.ListAllAsync(_api.Org("owned_chats?ordering=-created_at&is_ended=false"));

        Assert.Contains(chats, chat => (string?)chat["chat_type"] == "external");
        Assert.All(chats, chat => Assert.Null(chat["ended_at"]));
        Assert.Equal(chats.Select(chat => chat.Time("created_at")).OrderDescending(), chats.Select(chat => chat.Time("created_at")));
    }

    [Theory]
    [InlineData("yyyy-MM-ddTHH:mm:ss.fffzzz")]
    [InlineData("yyyy-MM-ddTHH:mm:ss.fff'Z'")]
    [InlineData("yyyy-MM-ddTHH:mm:ss.fff")]
    public async Task Created_at_range_is_inclusive_and_reads_datetimes_with_or_without_offset(string format)
    {
        var owned = shared.Data.OwnedChats;
        var from = owned[100].CreatedAt;
        var to = owned[180].CreatedAt;
        var local = format.EndsWith("zzz", StringComparison.Ordinal) ? TimeSpan.FromHours(3) : TimeSpan.Zero;

        var chats = await _api.ListAllAsync(_api.Org(
            $"owned_chats?created_at_after={ApiJson.Query(from.ToOffset(local), format)}&created_at_before={ApiJson.Query(to.ToOffset(local), format)}"));

        var expected = owned.Where(chat => chat.CreatedAt >= from && chat.CreatedAt <= to).Select(chat => chat.Id);
        Assert.Equal(expected, chats.Ids());
        Assert.Equal(owned[100].Id, chats[0].Id());
        Assert.Equal(owned[180].Id, chats[^1].Id());
    }

    [Fact]
    public async Task Is_participating_splits_the_users_chats_into_open_ones_they_take_part_in_and_the_rest()
    {
        var all = await _api.ListAllAsync(_api.User("chats"));
        var participating = await _api.ListAllAsync(_api.User("chats?is_participating=true"));
        var others = await _api.ListAllAsync(_api.User("chats?is_participating=false"));

        Assert.NotEmpty(participating);
        Assert.NotEmpty(others);
        Assert.Equal(all.Ids().Order(), participating.Ids().Concat(others.Ids()).Order());
        Assert.All(participating, chat => Assert.False((bool)chat["is_ended"]!));
    }

    [Fact]
    public async Task Parameters_a_collection_does_not_document_are_ignored()
    {
        var plain = await _api.ListAllAsync(_api.User("chats"));
        var withUndocumented = await _api.ListAllAsync(_api.User("chats?is_waiting=true&created_at_after=2030-01-01&color=blue"));

        Assert.Equal(plain.Ids(), withUndocumented.Ids());
    }

    [Theory]
    [InlineData("is_ended=maybe", "is_ended")]
    [InlineData("is_waiting=yes", "is_waiting")]
    [InlineData("has_messages=2", "has_messages")]
    [InlineData("created_at_after=yesterday", "created_at_after")]
    [InlineData("created_at_before=2025-13-01", "created_at_before")]
    [InlineData("ordering=name", "ordering")]
    [InlineData("ordering=updated_at", "ordering")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("cursor=AQAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "cursor")]
    public async Task Invalid_values_are_400_naming_the_parameter(string query, string parameter)
    {
        var error = await _api.GetJsonAsync(_api.Org($"owned_chats?{query}"), HttpStatusCode.BadRequest);

        Assert.NotEmpty(error[parameter]!.AsArray());
    }

    [Theory]
    [InlineData("is_ended=True")]
    [InlineData("is_ended=1")]
    [InlineData("is_ended=")]
    public async Task Booleans_accept_the_django_spellings_and_empty_means_unset(string query)
    {
        using var response = await _api.GetAsync(_api.Org($"owned_chats?{query}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static bool Attribute(SimChat chat, string name) => name switch
    {
        "is_ended" => chat.IsEnded,
        "is_waiting" => chat.IsWaiting,
        "has_messages" => chat.MessageCount > 0,
        "has_user_messages" => chat.UserMessageCount > 0,
        _ => chat.VisitorMessageCount > 0,
    };
}
