using Giosg.PowerShell.EngineTests.Infrastructure;
using Giosg.Simulator;

namespace Giosg.PowerShell.EngineTests.Chats;

/// <summary>An engine whose chats the tests end: its own simulator, so listing tests see untouched data.</summary>
public sealed class ChangingEngine : PowerShellEngine
{
    protected override SimulatorOptions Options => new() { Chats = 300, Seed = 23, Now = Now, PageSize = 50 };
}

/// <summary>-Confirm, -WhatIf, -Force and ConfirmImpact as a person at a prompt meets them.</summary>
public sealed class ConfirmationInEngineTests(ChangingEngine engine) : IClassFixture<ChangingEngine>
{
    private static int _next;

    private Guid FreshOpenChat() =>
        engine.Simulator.Data.OwnedChats.Where(chat => !chat.IsEnded).Skip(Interlocked.Increment(ref _next) * 3).First().Id;

    private int Writes() => engine.Simulator.Requests.Snapshot().Count(r => r.Method is "PATCH" or "PUT" or "POST" or "DELETE");

    private bool IsEnded(Guid id) => engine.Simulator.Data.OwnedChats.Single(chat => chat.Id == id).IsEnded;

    [Fact]
    public void Stopping_a_chat_asks_first_and_a_No_sends_nothing()
    {
        var id = FreshOpenChat();
        var writesBefore = Writes();
        var promptsBefore = engine.Prompts;
        engine.Answers.Enqueue("No");

        var result = engine.Run("Stop-GiosgChat -ChatId $id", new Dictionary<string, object?> { ["id"] = id });

        Assert.True(result.Succeeded);
        Assert.Equal(promptsBefore + 1, engine.Prompts);
        Assert.Equal(writesBefore, Writes());
        Assert.False(IsEnded(id));
    }

    [Fact]
    public void A_Yes_at_the_prompt_ends_the_chat()
    {
        var id = FreshOpenChat();
        engine.Answers.Enqueue("Yes");

        var result = engine.Run("Stop-GiosgChat -ChatId $id", new Dictionary<string, object?> { ["id"] = id });

        Assert.True(result.Succeeded);
        Assert.True(IsEnded(id));
    }

    [Fact]
    public void Yes_to_All_asks_once_for_every_piped_chat()
    {
        var ids = new[] { FreshOpenChat(), FreshOpenChat(), FreshOpenChat() };
        var promptsBefore = engine.Prompts;
        engine.Answers.Enqueue("Yes to All");

        var result = engine.Run("$ids | ForEach-Object { Get-GiosgChat -Id $_ } | Stop-GiosgChat", new Dictionary<string, object?> { ["ids"] = ids });

        Assert.True(result.Succeeded);
        Assert.Equal(promptsBefore + 1, engine.Prompts);
        Assert.All(ids, id => Assert.True(IsEnded(id)));
    }

    [Fact]
    public void Force_ends_without_a_prompt_and_WhatIf_neither_asks_nor_sends()
    {
        var (kept, ended) = (FreshOpenChat(), FreshOpenChat());
        var promptsBefore = engine.Prompts;
        var writesBefore = Writes();

        var whatIf = engine.Run("Stop-GiosgChat -ChatId $kept -WhatIf", new Dictionary<string, object?> { ["kept"] = kept });
        Assert.Equal(writesBefore, Writes());
        var forced = engine.Run("Stop-GiosgChat -ChatId $ended -Force", new Dictionary<string, object?> { ["ended"] = ended });

        Assert.True(whatIf.Succeeded && forced.Succeeded);
        Assert.Equal(promptsBefore, engine.Prompts);
        Assert.False(IsEnded(kept));
        Assert.True(IsEnded(ended));
    }

    [Fact]
    public void Adding_a_tag_is_low_impact_and_asks_only_when_the_preference_says_so()
    {
        var id = FreshOpenChat();
        var promptsBefore = engine.Prompts;

        var quiet = engine.Run("Add-GiosgChatTag -ChatId $id -Name 'engine-quiet'", new Dictionary<string, object?> { ["id"] = id });
        Assert.Equal(promptsBefore, engine.Prompts);
        engine.Answers.Enqueue("No");
        var asked = engine.Run("$ConfirmPreference = 'Low'; Add-GiosgChatTag -ChatId $id -Name 'engine-asked'", new Dictionary<string, object?> { ["id"] = id });

        Assert.True(quiet.Succeeded && asked.Succeeded, string.Join("; ", quiet.Errors.Concat(asked.Errors)));
        Assert.Equal(promptsBefore + 1, engine.Prompts);
        var tags = engine.Run("Get-GiosgChatTag -ChatId $id | ForEach-Object Name", new Dictionary<string, object?> { ["id"] = id });
        Assert.True(tags.Succeeded, string.Join("; ", tags.Errors));
        Assert.Contains("engine-quiet", tags.Objects.Cast<string>());
        Assert.DoesNotContain("engine-asked", tags.Objects.Cast<string>());
    }

    [Fact]
    public void A_failure_is_non_terminating_sets_dollar_question_false_and_is_catchable_with_Stop()
    {
        var (unknown, open) = (Guid.NewGuid(), FreshOpenChat());

        var going = engine.Run("Stop-GiosgChat -ChatId $unknown, $open -Force", new Dictionary<string, object?> { ["unknown"] = unknown, ["open"] = open });
        var caught = engine.Run(
            "try { Stop-GiosgChat -ChatId $unknown -Force -ErrorAction Stop; 'not caught' } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category.ToString(); $_.TargetObject }",
            new Dictionary<string, object?> { ["unknown"] = unknown });

        Assert.False(going.Succeeded);
        Assert.Equal(unknown, going.SingleError.TargetObject);
        Assert.True(IsEnded(open));
        Assert.Equal(["GiosgNotFound,Giosg.PowerShell.Chats.StopGiosgChatCommand", "ObjectNotFound", unknown], caught.Objects);
    }
}
