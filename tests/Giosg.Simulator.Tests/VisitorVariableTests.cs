using System.Net;
using System.Text.Json.Nodes;
using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

[Collection(SharedSimulatorGroup.Name)]
public sealed class VisitorVariableTests(SharedSimulator shared)
{
    private readonly ApiClient _api = shared.Api;

    [Fact]
    public async Task The_chats_visitor_has_string_variables_with_timestamps()
    {
        var chat = shared.Data.OwnedChats.First(chat => chat.VisitorId is not null && !chat.IsEncrypted);

        var variables = await _api.ListAllAsync(Variables(chat, chat.VisitorId!));

        Assert.Contains(variables, variable => (string?)variable["key"] == "language");
        Assert.All(variables, variable =>
        {
            Assert.Equal(
                ["key", "value", "visitor_id", "room_id", "chat_id", "session_id", "organization_id", "is_signed", "is_encrypted", "encrypted_value", "encrypted_symmetric_key", "created_at", "updated_at"],
                variable.AsObject().Select(pair => pair.Key));
            Assert.Equal(System.Text.Json.JsonValueKind.String, variable["value"]!.GetValueKind());
            Assert.Equal((chat.VisitorId, chat.RoomId, chat.Id, chat.RoomOrganizationId), ((string?)variable["visitor_id"], variable.Id("room_id"), variable.Id("chat_id"), variable.Id("organization_id")));
            Assert.False((bool)variable["is_encrypted"]!);
            Assert.Null(variable["encrypted_value"]);
            Assert.InRange(variable.Time("created_at"), chat.CreatedAt, chat.UpdatedAt);
            Assert.True(variable.Time("updated_at") >= variable.Time("created_at"));
        });
    }

    [Fact]
    public async Task In_an_encrypted_chat_values_are_encrypted_and_null_once_the_server_lost_the_key()
    {
        var chats = shared.Data.OwnedChats.Where(chat => chat.VisitorId is not null && chat.IsEncrypted).Take(12).ToList();

        var values = new List<JsonNode?>();
        foreach (var chat in chats)
        {
            var variables = await _api.ListAllAsync(Variables(chat, chat.VisitorId!));
            Assert.All(variables, variable => Assert.True((bool)variable["is_encrypted"]! && variable["encrypted_value"] is not null && variable["encrypted_symmetric_key"] is not null));
            values.AddRange(variables.Select(variable => variable["value"]));
        }

        Assert.Contains(values, value => value is null);
        Assert.Contains(values, value => value is not null);
    }

    [Fact]
    public async Task Some_visitors_told_their_name_email_and_customer_number()
    {
        var keys = new HashSet<string>();
        foreach (var chat in shared.Data.OwnedChats.Where(chat => chat.VisitorId is not null).Take(30))
        {
            keys.UnionWith((await _api.ListAllAsync(Variables(chat, chat.VisitorId!))).Select(variable => (string)variable["key"]!));
        }

        Assert.Superset(new HashSet<string> { "name", "email", "customer_number", "language" }, keys);
    }

    [Fact]
    public async Task A_returning_visitor_has_the_same_values_in_every_chat()
    {
        var chats = shared.Data.OwnedChats.Where(chat => chat.VisitorId is not null && !chat.IsEncrypted).GroupBy(chat => chat.VisitorId).First(group => group.Count() > 1).ToList();

        var first = await _api.ListAllAsync(Variables(chats[0], chats[0].VisitorId!));
        var second = await _api.ListAllAsync(Variables(chats[1], chats[1].VisitorId!));

        Assert.Equal(first.Select(variable => $"{variable["key"]}={variable["value"]}"), second.Select(variable => $"{variable["key"]}={variable["value"]}"));
    }

    [Fact]
    public async Task The_visitors_name_is_their_membership_name()
    {
        var chat = shared.Data.OwnedChats.First(chat => chat.VisitorId is not null && !chat.IsEncrypted);
        var variables = await _api.ListAllAsync(Variables(chat, chat.VisitorId!));
        var members = await _api.ListAllAsync(_api.Org($"owned_chats/{chat.Id}/memberships"));

        var visitor = members.Single(member => (string?)member["member_type"] == "visitor");

        Assert.Equal((string?)variables.SingleOrDefault(variable => (string?)variable["key"] == "name")?["value"], (string?)visitor["member_name"]);
    }

    [Fact]
    public async Task Another_visitor_or_a_chat_without_one_is_404()
    {
        var chat = shared.Data.OwnedChats.First(chat => chat.VisitorId is not null);
        var other = shared.Data.OwnedChats.First(other => other.VisitorId is not null && other.VisitorId != chat.VisitorId);
        var withoutVisitor = shared.Data.OwnedChats.First(chat => chat.VisitorId is null);

        await _api.GetJsonAsync(Variables(chat, other.VisitorId!), HttpStatusCode.NotFound);
        await _api.GetJsonAsync(Variables(chat, "not-a-visitor"), HttpStatusCode.NotFound);
        await _api.GetJsonAsync(Variables(withoutVisitor, chat.VisitorId!), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Variables_are_served_for_owned_chats_only()
    {
        var chat = shared.Data.Chats.First(chat => chat.Room.IsShared && chat.VisitorId is not null);

        await _api.GetJsonAsync(Variables(chat, chat.VisitorId!), HttpStatusCode.NotFound);
    }

    private string Variables(SimChat chat, string visitor) => _api.Org($"owned_chats/{chat.Id}/visitors/{visitor}/variables");
}
