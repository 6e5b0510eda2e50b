# Measure-GiosgChatSession end to end: the built module against the simulator's Reporting API. Every
# expected number is counted here from the chats the v5 API lists (Get-GiosgChat), not taken from
# the reporting endpoint.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../tools/GiosgSimulator.psm1') -Force
    Import-Module $env:GIOSG_TEST_MODULE -Force
    $script:sim = Start-GiosgSimulator -Chats 600 -Seed 3
    Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $sim.Token -AsPlainText -Force) -BaseUri $sim.BaseUri -ReportingBaseUri $sim.BaseUri
    $script:chats = Get-GiosgChat -Scope Routed
    $script:helsinki = [System.TimeZoneInfo]::FindSystemTimeZoneById('Europe/Helsinki')
    # The simulator's now is 2026-06-01T12:00Z; its chats began up to 90 days before.
    $script:end = [datetimeoffset]'2026-06-01T12:00:00Z'
    $script:start = $end.AddDays(-90)
}

AfterAll {
    Disconnect-Giosg
    Stop-GiosgSimulator $sim
}

Describe 'Measure-GiosgChatSession' {
    It 'counts chats per type per Helsinki day, across the DST change, as the listed chats say' {
        $rows = Measure-GiosgChatSession -Start '2026-03-23T00:00+02:00' -End '2026-04-06T00:00+03:00' -TimeZone Europe/Helsinki -Granularity day -GroupBy chat_type
        $from = [datetimeoffset]'2026-03-23T00:00+02:00'; $to = [datetimeoffset]'2026-04-06T00:00+03:00'
        $expected = $chats | Where-Object { $_.CreatedAt -ge $from -and $_.CreatedAt -lt $to } |
            Group-Object { '{0:yyyy-MM-dd}|{1}' -f [System.TimeZoneInfo]::ConvertTime($_.CreatedAt, $helsinki).Date, $_.ChatType } -NoElement |
            Sort-Object Name | ForEach-Object { '{0}={1}' -f $_.Name, $_.Count }
        $actual = $rows | ForEach-Object { '{0:yyyy-MM-dd}|{1}={2}' -f $_.StartTime, $_.ChatType, $_.Count } | Sort-Object
        $actual | Should -Be $expected
        $rows[0].PSObject.TypeNames[0] | Should -Be 'Giosg.ChatSessionStatistic'
        ($rows | Where-Object { $_.StartTime -eq [datetimeoffset]'2026-03-30T00:00+03:00' }).StartTime.Offset | Should -Contain ([timespan]'03:00:00')
    }

    It 'exports the runbook''s CSV with the columns in the answer''s order' {
        $csv = Join-Path $TestDrive 'kpi.csv'
        Measure-GiosgChatSession -Start $start -End $end -Granularity week -GroupBy chat_type | Export-Csv -Path $csv -NoTypeInformation
        (Get-Content $csv -First 1) | Should -Be '"StartTime","ChatType","Count"'
        (Import-Csv $csv | Measure-Object Count -Sum).Sum | Should -Be $chats.Count
    }

    It 'filters: entries AND, array values OR, and groups by who started the chat' {
        $rows = Measure-GiosgChatSession -Start $start -End $end -GroupBy chat_initiator -Filter @{ chat_type = 'visitor', 'external' }
        $expected = $chats | Where-Object ChatType -in 'visitor', 'external' | Group-Object {
            if ($_.IsAutosuggested) { 'autosuggest' } elseif ($_.VisitorMessageCount -gt 0) { 'visitor' } elseif ($_.UserMessageCount -gt 0 -and $_.UserMemberCount -gt 0) { 'operator' } else { 'rule' }
        } -NoElement | Sort-Object Name | ForEach-Object { '{0}={1}' -f $_.Name, $_.Count }
        $rows | ForEach-Object { '{0}={1}' -f $_.ChatInitiator, $_.Count } | Sort-Object | Should -Be $expected
    }

    It 'counts unique visitors in a month, as the chats'' visitor members say' {
        $from = [datetimeoffset]'2026-05-01T00:00+03:00'; $to = [datetimeoffset]'2026-06-01T00:00+03:00'
        $row = Measure-GiosgChatSession -Start $from -End $to -TimeZone Europe/Helsinki -UniqueCount visitor_ids -Sum visitor_message_count
        $inMonth = @($chats | Where-Object { $_.CreatedAt -ge $from -and $_.CreatedAt -lt $to })
        $visitors = $inMonth | Where-Object VisitorMemberCount -GT 0 | Get-GiosgChatMembership | Where-Object MemberType -EQ 'visitor' | ForEach-Object MemberId | Sort-Object -Unique
        $row.VisitorIdsHyperUnique | Should -Be @($visitors).Count
        $row.VisitorMessageCountSum | Should -Be ($inMonth | Measure-Object VisitorMessageCount -Sum).Sum
        $row.StartTime | Should -Be $from
    }

    It 'refuses -Sum chat_type before sending, naming both' {
        $failure = { Measure-GiosgChatSession -Start $start -End $end -Sum chat_type } |
            Should -Throw -ErrorId 'GiosgAggregationNotAvailable,Giosg.PowerShell.Reporting.MeasureGiosgChatSessionCommand' -PassThru
        $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failure.TargetObject | Should -Be 'chat_type'
        $failure.ErrorDetails.Message | Should -Match "'sum'.*'chat_type'"
        $failure.ErrorDetails.RecommendedAction | Should -Match 'user_message_count'
    }

    It 'shows the group and the measures in the default table' {
        $table = Measure-GiosgChatSession -Start $start -End $end -GroupBy chat_type -Count -Sum user_message_count | Format-Table | Out-String -Width 200
        $table | Should -Match 'StartTime\s+Group\s+Measures'
        $table | Should -Match '2026-03-03 12:00 \+00:00 '
        $table | Should -Match 'ChatType=visitor\s+Count=\d+, UserMessageCountSum=\d+'
    }

    It 'completes dimensions for -GroupBy' {
        (TabExpansion2 -inputScript 'Measure-GiosgChatSession -GroupBy chat_' -cursorColumn 39).CompletionMatches.ListItemText | Should -Be @('chat_initiator', 'chat_session_id', 'chat_type')
    }
}
