using Giosg.PowerShell.EngineTests.Infrastructure;

namespace Giosg.PowerShell.EngineTests.Pipeline;

/// <summary>
/// The pipeline contract (docs/pipeline.md) in a real engine: every chat cmdlet × every input shape
/// users pipe, with the simulator's request log as the proof that each request names a chat the
/// input held, and never 00000000-0000-0000-0000-000000000000.
/// </summary>
public sealed class PipelineContractTests(PipelineEngine engine) : IClassFixture<PipelineEngine>
{
    /// <summary>The cmdlets that take chats, each with what must be true before it can succeed.</summary>
    private static readonly Dictionary<string, (string Setup, string Command)> Cmdlets = new()
    {
        ["Stop-GiosgChat"] = (string.Empty, "Stop-GiosgChat -Force"),
        ["Set-GiosgChat"] = (string.Empty, "Set-GiosgChat -Waiting:$false -Force"),
        ["Get-GiosgChat"] = (string.Empty, "Get-GiosgChat"),
        ["Get-GiosgChatMessage"] = (string.Empty, "Get-GiosgChatMessage"),
        ["Get-GiosgChatTag"] = (string.Empty, "Get-GiosgChatTag"),
        ["Add-GiosgChatTag"] = (string.Empty, "Add-GiosgChatTag -Name 'piped in' -Force"),
        ["Remove-GiosgChatTag"] = ("Add-GiosgChatTag -ChatId $ids -Name 'piped out' -Force", "Remove-GiosgChatTag -Name 'piped out' -Force"),
        ["Get-GiosgChatMembership"] = (string.Empty, "Get-GiosgChatMembership"),
        ["Get-GiosgChatVisitorVariable"] = (string.Empty, "Get-GiosgChatVisitorVariable"),
        ["Get-GiosgChatPresence"] = (string.Empty, "Get-GiosgChatPresence"),
        ["Get-GiosgChatParticipation"] = (string.Empty, "Get-GiosgChatParticipation"),
        ["Add-GiosgChatPresence"] = (string.Empty, "Add-GiosgChatPresence -Force"),
        ["Remove-GiosgChatPresence"] = ("Add-GiosgChatPresence -ChatId $ids -Force", "Remove-GiosgChatPresence -Force"),
        ["Send-GiosgChatMessage"] = ("Add-GiosgChatMember -ChatId $ids -Force", "Send-GiosgChatMessage -Message 'piped message' -Force"),
        ["Add-GiosgChatMember"] = (string.Empty, "Add-GiosgChatMember -Force"),
        ["Set-GiosgChatMembership"] = ("Add-GiosgChatMember -ChatId $ids -Force", "Set-GiosgChatMembership -Participating:$true -Force"),
    };

    /// <summary>What users pipe: each expression yields both chats of $ids, in order.</summary>
    private static readonly Dictionary<string, string> Shapes = new()
    {
        ["live chats"] = "Get-GiosgChat -Id $ids",
        ["plain objects, [guid] Id"] = "$ids | ForEach-Object { [pscustomobject]@{ Id = [guid]$_ } }",
        ["plain objects, string Id"] = "$ids | ForEach-Object { [pscustomobject]@{ Id = \"$_\" } }",
        ["plain objects, string ChatId"] = "$ids | ForEach-Object { [pscustomobject]@{ ChatId = \"$_\"; Note = 'x' } }",
        ["hashtables"] = "$ids | ForEach-Object { @{ Id = \"$_\" } }",
        ["CSV rows of Get-GiosgChat"] = "Get-GiosgChat -Id $ids | ConvertTo-Csv | ConvertFrom-Csv",
        ["ConvertFrom-Json of Get-GiosgChat"] = "Get-GiosgChat -Id $ids | ConvertTo-Json | ConvertFrom-Json | ForEach-Object { $_ }",
        ["bare strings"] = "$ids | ForEach-Object { \"$_\" }",
        ["bare GUIDs"] = "$ids",
        ["GUID object then string object"] = "[pscustomobject]@{ Id = [guid]$ids[0] }, [pscustomobject]@{ Id = \"$($ids[1])\" }",
        ["live chat then CSV row"] = "@(Get-GiosgChat -Id $ids[0]) + @(Get-GiosgChat -Id $ids[1] | ConvertTo-Csv | ConvertFrom-Csv)",
    };

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var cmdlet in Cmdlets.Keys)
        {
            foreach (var shape in Shapes.Keys)
            {
                data.Add(cmdlet, shape);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Every_input_shape_reaches_exactly_the_chats_it_names(string cmdlet, string shape)
    {
        var ids = engine.ChatsFor(cmdlet);
        var variables = new Dictionary<string, object?> { ["ids"] = ids };
        var (setup, command) = Cmdlets[cmdlet];
        if (setup.Length > 0)
        {
            Assert.True(engine.Run(setup, variables).Succeeded);
        }

        // The input is built first, so the log holds only what the cmdlet under test sent.
        engine.Run("$global:piped = @(" + Shapes[shape] + ")", variables);
        engine.Simulator.Requests.Clear();

        var result = engine.Run("$global:piped | " + command);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors.Select(error => error.ToString())));
        Assert.False(engine.AnyRequestNamesTheEmptyGuid());
        var requested = engine.RequestedChatIds();
        Assert.All(requested, id => Assert.Contains(id, ids));
        Assert.Equal(ids.Order(), requested.Distinct().Order());
    }

    public static TheoryData<string> CmdletNames() => [.. Cmdlets.Keys];

    public static TheoryData<string, string, string> BadInputs()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var cmdlet in Cmdlets.Keys)
        {
            data.Add(cmdlet, "[pscustomobject]@{ Id = ''; UserId = '' }", "GiosgChatIdMissing");
            data.Add(cmdlet, "[pscustomobject]@{ Name = 'no id here' }", "GiosgChatIdMissing");
            data.Add(cmdlet, "[pscustomobject]@{ ChatId = ''; Id = [guid]::NewGuid() }", "GiosgChatIdMissing");
            data.Add(cmdlet, "'not-a-chat-id'", "GiosgChatIdInvalid");
            data.Add(cmdlet, "[guid]::Empty", "GiosgChatIdEmpty");
            data.Add(cmdlet, "[pscustomobject]@{ Id = '00000000-0000-0000-0000-000000000000' }", "GiosgChatIdEmpty");
            data.Add(cmdlet, "[pscustomobject]@{ Id = [guid]::NewGuid(); Scope = 'Everywhere' }", "GiosgChatScopeInvalid");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void An_input_that_names_no_chat_is_a_typed_error_about_it_and_sends_nothing(string cmdlet, string input, string errorId)
    {
        engine.Simulator.Requests.Clear();

        var result = engine.Run($"{input} | {Cmdlets[cmdlet].Command}");

        var error = result.SingleError;
        Assert.Equal($"{errorId},{CommandType(cmdlet)}", error.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.NotNull(error.TargetObject);
        Assert.False(string.IsNullOrEmpty(error.ErrorDetails?.RecommendedAction));
        Assert.False(result.Succeeded);
        Assert.Empty(engine.Sent());
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void A_bad_input_between_good_ones_fails_alone_sets_dollar_question_false_and_stops_with_ErrorAction_Stop(string cmdlet)
    {
        var ids = engine.ChatsFor(cmdlet);
        var variables = new Dictionary<string, object?> { ["ids"] = ids };
        var (setup, command) = Cmdlets[cmdlet];
        if (setup.Length > 0)
        {
            Assert.True(engine.Run(setup, variables).Succeeded);
        }

        engine.Simulator.Requests.Clear();

        var result = engine.Run($"\"$($ids[0])\", [pscustomobject]@{{ Id = '' }}, \"$($ids[1])\" | {command}", variables);

        Assert.Equal("GiosgChatIdMissing", result.SingleError.FullyQualifiedErrorId.Split(',')[0]);
        Assert.False(result.Succeeded);
        Assert.Equal(ids.Order(), engine.RequestedChatIds().Distinct().Order());

        var stopped = engine.Run($"try {{ [pscustomobject]@{{ Id = '' }} | {command} -ErrorAction Stop; 'not stopped' }} catch {{ $_.FullyQualifiedErrorId }}");
        Assert.Equal($"GiosgChatIdMissing,{CommandType(cmdlet)}", Assert.Single(stopped.Objects));
    }

    [Fact]
    public void An_ended_live_chat_costs_no_request_but_its_CSV_row_is_sent()
    {
        var ended = engine.Simulator.Data.OwnedChats.First(chat => chat.IsEnded).Id;
        var variables = new Dictionary<string, object?> { ["ended"] = ended };
        engine.Run("$global:live = Get-GiosgChat -Id $ended; $global:row = $live | ConvertTo-Csv | ConvertFrom-Csv", variables);
        engine.Simulator.Requests.Clear();

        Assert.True(engine.Run("$live | Stop-GiosgChat -Force").Succeeded);
        Assert.Empty(engine.Sent());

        // A CSV row is text the user may have edited: it is not trusted to say the chat has ended.
        engine.Run("$row | Stop-GiosgChat -Force");
        Assert.Equal([ended], engine.RequestedChatIds());
    }

    [Fact]
    public void Messages_and_tags_of_the_module_bind_by_their_ChatId_not_their_own_Id()
    {
        var ids = engine.ChatsFor("Get-GiosgChatTag", 1);
        var variables = new Dictionary<string, object?> { ["ids"] = ids };
        engine.Run("$global:messages = @(Get-GiosgChatMessage -ChatId $ids | Select-Object -First 3) + @(Get-GiosgChatMessage -ChatId $ids | ConvertTo-Csv | ConvertFrom-Csv | Select-Object -First 1)", variables);
        engine.Simulator.Requests.Clear();

        var result = engine.Run("$messages | Get-GiosgChatTag");

        Assert.True(result.Succeeded);
        Assert.NotEmpty(engine.RequestedChatIds());
        Assert.All(engine.RequestedChatIds(), id => Assert.Equal(ids[0], id));
    }

    [Fact]
    public void Tags_exported_to_CSV_and_imported_again_are_removed_by_their_ChatId_and_Name()
    {
        var ids = engine.ChatsFor("Get-GiosgChatTag", 1);
        var variables = new Dictionary<string, object?> { ["ids"] = ids };
        Assert.True(engine.Run("Add-GiosgChatTag -ChatId $ids -Name 'csv one', 'csv/two' -Force", variables).Succeeded);

        var result = engine.Run("Get-GiosgChatTag -ChatId $ids | ConvertTo-Csv | ConvertFrom-Csv | Remove-GiosgChatTag -Force; @((Get-GiosgChatTag -ChatId $ids).Name) -join '|'", variables);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        var left = Assert.IsType<string>(Assert.Single(result.Objects));
        Assert.DoesNotContain("csv one", left, StringComparison.Ordinal);
        Assert.DoesNotContain("csv/two", left, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-Waiting", "is_waiting=true")]
    [InlineData("-Waiting:$false", "is_waiting=false")]
    [InlineData("-HasMessages", "has_messages=true")]
    [InlineData("-HasMessages:$false", "has_messages=false")]
    [InlineData("-HasUserMessages", "has_user_messages=true")]
    [InlineData("-HasVisitorMessages:$false", "has_visitor_messages=false")]
    public void Yes_no_filters_are_switches_with_three_states(string filter, string query)
    {
        engine.Simulator.Requests.Clear();

        var result = engine.Run($"Get-GiosgChat {filter} -First 1");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Contains(query, FirstPage().Query, StringComparison.Ordinal);
    }

    [Fact]
    public void Absent_yes_no_filters_send_no_filter()
    {
        engine.Simulator.Requests.Clear();

        Assert.True(engine.Run("Get-GiosgChat -First 1").Succeeded);

        var query = FirstPage().Query;
        Assert.DoesNotContain("is_waiting", query, StringComparison.Ordinal);
        Assert.DoesNotContain("has_", query, StringComparison.Ordinal);
    }

    /// <summary>The listing's first page: a page prefetched for an earlier test may still land after the clear, but it has a cursor.</summary>
    private Giosg.Simulator.LoggedRequest FirstPage() =>
        Assert.Single(engine.Sent());

    private static string CommandType(string cmdlet)
    {
        var parts = cmdlet.Split('-');
        var folder = parts[1] switch
        {
            "GiosgChat" => "Chats",
            "GiosgChatMessage" => "Messages",
            "GiosgChatTag" => "Tags",
            "GiosgChatPresence" or "GiosgChatParticipation" => "Presences",
            "GiosgChatMembership" or "GiosgChatMember" => "Memberships",
            _ => "Visitors",
        };
        return $"Giosg.PowerShell.{folder}.{parts[0]}{parts[1]}Command";
    }
}
