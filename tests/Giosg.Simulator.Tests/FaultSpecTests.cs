using Giosg.Simulator.Faults;
using Giosg.Simulator.Hosting;

namespace Giosg.Simulator.Tests;

/// <summary>The command line's short form of a fault plan (<c>--faults</c>, <c>--fault-seed</c>).</summary>
public sealed class FaultSpecTests
{
    [Theory]
    [InlineData("patch:503@0.2", "patch:503@0.2")]
    [InlineData("list:429@first3", "list:429~1@first3")]
    [InlineData("LIST/get:429~0@every5", "list/GET:429~0@every5")]
    [InlineData("any:429~date+2@20%", "any:429~date+2@0.2")]
    [InlineData("chat:429~none", "chat:429~none")]
    [InlineData("tags/POST:burst5~2@first1", "tags/POST:burst5~2@first1")]
    [InlineData("messages:slow", "messages:slow2000ms")]
    [InlineData("messages:slow1.5s@always", "messages:slow1500ms")]
    [InlineData("memberships:reset-mid-body, variables:truncated", "memberships:reset-mid-body,variables:truncated-json")]
    [InlineData("list:foreignNextLink,chat:invalid_json,any:WRONG-CONTENT-TYPE,any:reset", "list:foreign-next-link,chat:invalid-json,any:wrong-content-type,any:reset-before-response")]
    [InlineData("any:one-of(503|one-of(429~0|reset)|slow100ms)@0.5", "any:one-of(503|one-of(429~0|reset-before-response)|slow100ms)@0.5")]
    public void A_spec_reads_as_rules_and_prints_back_in_its_normal_form(string spec, string expected)
    {
        Assert.True(FaultSpec.TryParse(spec, seed: 1, out var plan, out var error), error);

        Assert.Equal(expected, plan.ToString());
        Assert.True(FaultSpec.TryParse(plan.ToString(), seed: 1, out var again, out error), error);
        Assert.Equal(expected, again.ToString());
    }

    [Fact]
    public void Mixed_is_the_mixed_transient_preset_at_that_rate()
    {
        var plan = FaultPlan.Parse("mixed:0.1", seed: 3);

        Assert.Equal(FaultPlan.MixedTransient(0.1, seed: 3).ToString(), plan.ToString());
        Assert.Equal(3, plan.Seed);
        Assert.StartsWith("any:one-of(one-of(429~0|429~1)|500|502|503|504|reset-before-response|reset-mid-body|slow2000ms)@0.1", plan.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("mixed")]
    [InlineData("mixed:1.5")]
    [InlineData("mixed:lots")]
    [InlineData("lists:503")]
    [InlineData("list/G3T:503")]
    [InlineData("patch:5o3")]
    [InlineData("patch:302")]
    [InlineData("patch:600")]
    [InlineData("patch:503~soon")]
    [InlineData("patch:reset~2")]
    [InlineData("patch:burst")]
    [InlineData("patch:burst0")]
    [InlineData("patch:slow2")]
    [InlineData("patch:slowly")]
    [InlineData("patch:status")]
    [InlineData("patch:503@first0")]
    [InlineData("patch:503@every")]
    [InlineData("patch:503@120%")]
    [InlineData("patch:503@sometimes")]
    [InlineData("patch:503,")]
    [InlineData("patch:one-of()")]
    public void A_bad_spec_is_refused_with_a_message(string spec)
    {
        Assert.False(FaultSpec.TryParse(spec, seed: 1, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.Throws<FormatException>(() => FaultPlan.Parse(spec));
    }

    [Fact]
    public void The_message_says_which_rule_and_what_is_wrong()
    {
        Assert.False(FaultSpec.TryParse("patch:503@0.2,list:5o3@first3", seed: 1, out _, out var error));

        Assert.StartsWith("Fault rule 'list:5o3@first3': '5o3' is not a fault;", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_line_builds_the_plan_with_the_fault_seed_given_before_or_after()
    {
        Assert.True(CommandLine.TryParse(["--faults", "patch:503@0.2,list:429@first3", "--fault-seed", "7"], out var after, out var error), error);
        Assert.True(CommandLine.TryParse(["--fault-seed=7", "--faults=mixed:0.1"], out var before, out error), error);
        Assert.True(CommandLine.TryParse(["--chats", "10"], out var none, out error), error);

        var plan = Assert.IsType<FaultPlan>(after.Options.Faults);
        Assert.Equal(("patch:503@0.2,list:429~1@first3", 7), (plan.ToString(), plan.Seed));
        Assert.Equal(7, Assert.IsType<FaultPlan>(before.Options.Faults).Seed);
        Assert.Null(none.Options.Faults);
    }

    [Theory]
    [InlineData("--faults", "patch:5o3")]
    [InlineData("--faults")]
    [InlineData("--faults", "mixed:0.1", "--fault-seed", "x")]
    public void Bad_fault_arguments_are_reported(params string[] args)
    {
        Assert.False(CommandLine.TryParse(args, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void The_usage_documents_the_fault_spec()
    {
        Assert.Contains("--faults SPEC", CommandLine.Usage, StringComparison.Ordinal);
        Assert.Contains("--fault-seed N", CommandLine.Usage, StringComparison.Ordinal);
        Assert.Contains("ROUTE[/METHOD]:FAULT[@WHEN]", CommandLine.Usage, StringComparison.Ordinal);
    }
}
