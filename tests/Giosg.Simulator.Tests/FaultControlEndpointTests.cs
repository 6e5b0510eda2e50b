using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

/// <summary><c>/_simulator/faults</c>: fault plans for scripts and out-of-process tests.</summary>
public sealed class FaultControlEndpointTests : FaultedSimulator
{
    private const string PatchesAndFirstListings = """
        {
          "seed": 9,
          "rules": [
            {"route": "patch", "method": "PATCH", "probability": 1, "fault": {"kind": "status", "status": 503}},
            {"route": "list", "first": 2, "fault": {"kind": "status", "status": 429, "retryAfterDate": 2}},
            {"path": "/messages$", "every": 3, "fault": {"kind": "oneOf", "faults": [{"kind": "resetMidBody"}, "slow1500ms"]}},
            {"route": "tags", "fault": "burst2~none"}
          ]
        }
        """;

    /// <summary>Shows '+' as itself, as the simulator writes it.</summary>
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The control endpoints ignore the token; any client will do.</summary>
    private HttpClient Control => Api.Http;

    [Fact]
    public async Task Put_installs_a_plan_and_answers_it_as_get_shows_it()
    {
        var answer = await PutAsync(PatchesAndFirstListings);

        Assert.Equal(9, (int)answer["seed"]!);
        Assert.True((bool)answer["active"]!);
        Assert.Empty(answer["injected"]!.AsArray());
        var plan = Assert.IsType<FaultPlan>(Simulator.Faults);
        Assert.Equal(9, plan.Seed);
        Assert.Equal(
            "patch/PATCH:503@1,list:429~date+2@first2,path(/messages$):one-of(reset-mid-body|slow1500ms)@every3,tags:burst2~none",
            plan.ToString());
    }

    [Fact]
    public async Task Get_lists_the_injected_faults_with_their_requests()
    {
        await PutAsync(PatchesAndFirstListings);
        var chat = OpenOwnedChat;

        await StatusOfAsync(Api.Org("owned_chats?is_ended=true"));
        await StatusOfAsync(Api.Org($"owned_chats/{chat.Id}"));
        await StatusOfAsync(Api.Org($"owned_chats/{chat.Id}"), HttpMethod.Patch, """{"is_ended": true}""");

        var state = JsonNode.Parse(await Control.GetStringAsync("_simulator/faults"))!;
        var injected = state["injected"]!.AsArray();
        Assert.Equal(2, injected.Count);
        Assert.Equal(
            """{"request":1,"method":"GET","path":"/api/v5/orgs/ORG/owned_chats","query":"?is_ended=true","kind":"status","fault":"429~date+2"}""",
            injected[0]!.ToJsonString(Relaxed).Replace(Simulator.OrganizationId.ToString(), "ORG", StringComparison.Ordinal));
        Assert.Equal("PATCH", (string?)injected[1]!["method"]);
        Assert.Equal(3, (int)injected[1]!["request"]!);
        Assert.False(chat.IsEnded);
    }

    [Fact]
    public async Task The_rules_get_shows_can_be_put_back_unchanged()
    {
        var first = await PutAsync(PatchesAndFirstListings);
        var rules = first["rules"]!.ToJsonString();

        var second = await PutAsync($$"""{"seed": 9, "rules": {{rules}}}""");

        Assert.Equal(rules, second["rules"]!.ToJsonString());
    }

    [Fact]
    public async Task Put_takes_the_command_lines_spec_too()
    {
        var answer = await PutAsync("""{"seed": 4, "spec": "mixed:0.1,chat:invalid-json@every2"}""");

        Assert.Equal(4, Assert.IsType<FaultPlan>(Simulator.Faults).Seed);
        Assert.Equal(2, answer["rules"]!.AsArray().Count);
        Assert.Equal("invalidJson", (string?)answer["rules"]![1]!["fault"]!["kind"]);
    }

    [Fact]
    public async Task Delete_removes_the_injector_and_requests_are_served_normally_again()
    {
        await PutAsync("""{"rules": [{"route": "any", "fault": "503"}]}""");
        var faulted = await StatusOfAsync(Api.Org("owned_chats"));

        using var deleted = await Control.DeleteAsync("_simulator/faults");
        var served = await StatusOfAsync(Api.Org("owned_chats"));
        var state = JsonNode.Parse(await Control.GetStringAsync("_simulator/faults"))!;

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal((503, 200), (faulted, served));
        Assert.Null(Simulator.Faults);
        Assert.Equal("""{"active":false,"seed":null,"rules":[],"injected":[]}""", state.ToJsonString());
    }

    [Fact]
    public async Task Get_shows_an_injector_that_is_not_a_plan_as_active_without_rules()
    {
        Simulator.Faults = new DelegatingInjector();

        var state = JsonNode.Parse(await Control.GetStringAsync("_simulator/faults"))!;

        Assert.Equal("""{"active":true,"seed":null,"rules":null,"injected":null}""", state.ToJsonString());
    }

    [Theory]
    [InlineData("[]", "the body: expected a JSON object.")]
    [InlineData("""{"rules": [], "spec": "mixed:0.1"}""", "Give either")]
    [InlineData("""{"rules": [{"route": "lists", "fault": "503"}]}""", "rules[0].route: expected one of any, list,")]
    [InlineData("""{"rules": [{"route": "list", "fault": {"kind": "status", "status": 302}}]}""", "rules[0].fault.status: expected a whole number from 400 to 599.")]
    [InlineData("""{"rules": [{"route": "list", "probabilty": 0.1, "fault": "503"}]}""", "rules[0]: unknown property \"probabilty\"")]
    [InlineData("""{"rules": [{"route": "list", "first": 1, "every": 2, "fault": "503"}]}""", "rules[0]: give at most one of")]
    [InlineData("""{"rules": [{"path": "(", "fault": "503"}]}""", "rules[0].path:")]
    [InlineData("""{"rules": [{"route": "list"}]}""", "rules[0].fault: missing.")]
    [InlineData("""{"rules": [{"route": "list", "fault": {"kind": "oneOf", "faults": [{"kind": "slow"}]}}]}""", "rules[0].fault.faults[0].delayMs:")]
    [InlineData("""{"spec": "list:5o3"}""", "'5o3' is not a fault")]
    [InlineData("""{"rules": [""", "JSON parse error")]
    public async Task A_bad_plan_is_a_400_naming_the_problem_and_the_active_plan_stays(string body, string expected)
    {
        var active = FaultPlan.Create();
        Simulator.Faults = active;

        using var response = await Control.PutAsync("_simulator/faults", new StringContent(body, Encoding.UTF8, "application/json"));
        var detail = (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"];

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, detail, StringComparison.Ordinal);
        Assert.Same(active, Simulator.Faults);
    }

    [Fact]
    public async Task Control_requests_are_never_faulted_and_never_count_for_a_plan()
    {
        await PutAsync("""{"rules": [{"route": "any", "fault": "reset"}]}""");

        for (var i = 0; i < 3; i++)
        {
            using var response = await Control.GetAsync("_simulator/faults");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Empty(Assert.IsType<FaultPlan>(Simulator.Faults).Injected);
    }

    private async Task<JsonNode> PutAsync(string body)
    {
        using var response = await Control.PutAsync("_simulator/faults", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!;
    }

    private sealed class DelegatingInjector : IFaultInjector
    {
        public ValueTask<bool> TryHandleAsync(Microsoft.AspNetCore.Http.HttpContext context) => ValueTask.FromResult(false);
    }
}
