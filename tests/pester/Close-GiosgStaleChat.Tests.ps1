BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../tools/GiosgSimulator.psm1') -Force
    Import-Module $env:GIOSG_TEST_MODULE -Force
    $script:now = [datetimeoffset]'2026-06-01T12:00:00Z'
    $script:week = New-TimeSpan -Days 7

    function Start-Org([string] $Cursors = 'keys', [string] $Churn) {
        $script:sim = Start-GiosgSimulator -Chats 2000 -Seed 3 -PageSize 100 -Now $now.ToString('o') -Cursors $Cursors -Churn $Churn
        Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $sim.Token -AsPlainText -Force) -BaseUri $sim.BaseUri
        $script:before = Get-GiosgSimulatorChat $sim
        $script:stale = @($before | Where-Object { $_.room_organization_id -eq $sim.OrganizationId -and $_.chat_type -eq 'external' -and -not $_.is_ended -and ($now - [datetimeoffset]$_.updated_at) -gt $week })
    }

    function Stop-Org {
        Disconnect-Giosg
        Stop-GiosgSimulator $sim
    }
}

Describe 'Close-GiosgStaleChat, the nightly runbook (<cursors> cursors)' -ForEach @(@{ cursors = 'keys' }, @{ cursors = 'offsets' }) {
    BeforeAll { Start-Org -Cursors $cursors }
    AfterAll { Stop-Org }

    It 'reports what it would end under -WhatIf and changes nothing' {
        $results = Close-GiosgStaleChat -IdleFor $week -AsOf $now -WhatIf
        @($results).Count | Should -Be $stale.Count
        $results.Outcome | Sort-Object -Unique | Should -Be 'WouldEnd'
        @(Get-GiosgSimulatorRequest $sim | Where-Object method -ne 'GET').Count | Should -Be 0
    }

    It 'ends exactly the stale external chats and nothing else, with a summary' {
        $output = Close-GiosgStaleChat -IdleFor $week -AsOf $now -Force -ThrottleLimit 8 -Summary -InformationVariable info
        $summary = $output | Select-Object -Last 1
        $summary.Ended | Should -Be $stale.Count
        $summary.Failed | Should -Be 0
        ($output | Select-Object -SkipLast 1).Outcome | Sort-Object -Unique | Should -Be 'Ended'
        $info.MessageData.Ended | Should -Be $stale.Count

        $after = Get-GiosgSimulatorChat $sim
        $staleIds = [System.Collections.Generic.HashSet[string]]::new([string[]]$stale.id)
        $endedBefore = @{}
        foreach ($chat in $before) { $endedBefore[$chat.id] = $chat.is_ended }
        foreach ($chat in $after) {
            $chat.is_ended | Should -Be ($endedBefore[$chat.id] -or $staleIds.Contains($chat.id)) -Because "chat $($chat.id)"
        }
    }

    It 'finds nothing to end on a second run' {
        $summary = Close-GiosgStaleChat -IdleFor $week -AsOf $now -Force -Summary | Select-Object -Last 1
        $summary.Candidates | Should -Be 0
        $summary.Ended | Should -Be 0
    }
}

Describe 'Close-GiosgStaleChat while other agents end chats (<cursors> cursors, set over HTTP)' -ForEach @(@{ cursors = 'keys' }, @{ cursors = 'offsets' }) {
    BeforeAll { Start-Org }
    AfterAll { Stop-Org }

    It 'ends in one run every chat stale at the start and still open, and nothing else' {
        $listing = Invoke-RestMethod -Method Put -Uri ([uri]::new($sim.BaseUri, "/_simulator/listing?cursors=$cursors&churn=2:6"))
        $listing.cursors | Should -Be $cursors
        $summary = Close-GiosgStaleChat -IdleFor $week -AsOf $now -Force -ThrottleLimit 8 -Summary | Select-Object -Last 1
        $summary.Converged | Should -BeTrue
        (Invoke-RestMethod -Uri ([uri]::new($sim.BaseUri, '/_simulator/listing'))).churnLeft | Should -Be 0

        $after = Get-GiosgSimulatorChat $sim
        foreach ($chat in $after | Where-Object { $stale.id -contains $_.id }) { $chat.is_ended | Should -BeTrue -Because "stale chat $($chat.id)" }
        $patched = @(Get-GiosgSimulatorRequest $sim | Where-Object method -eq 'PATCH' | ForEach-Object { ($_.path -split '/')[-1] })
        $patched | Where-Object { $stale.id -notcontains $_ } | Should -BeNullOrEmpty
        $summary.EndRequests | Should -Be $patched.Count
    }
}

Describe 'Close-GiosgStaleChat safety' {
    BeforeAll { Start-Org }
    AfterAll { Stop-Org }

    It 'refuses a bare number for -IdleFor, even with -Force, saying it would be ticks' {
        { Close-GiosgStaleChat -IdleFor 7 -Force -ErrorAction Stop } |
            Should -Throw -ErrorId 'ParameterArgumentTransformationError,Giosg.PowerShell.Housekeeping.CloseGiosgStaleChatCommand'
        try { Close-GiosgStaleChat -IdleFor 7 -Force -ErrorAction Stop } catch { $_.Exception.Message | Should -Match '7 ticks.*not 7 days' }
        @(Get-GiosgSimulatorRequest $sim | Where-Object method -eq 'PATCH').Count | Should -Be 0
    }

    It 'refuses an -IdleFor under one hour even with -Force; -AllowShortIdle allows it' {
        { Close-GiosgStaleChat -IdleFor 00:30:00 -Force -ErrorAction Stop } |
            Should -Throw -ErrorId 'GiosgIdleForTooShort,Giosg.PowerShell.Housekeeping.CloseGiosgStaleChatCommand'
        $dry = Close-GiosgStaleChat -IdleFor 00:30:00 -AllowShortIdle -AsOf $now -WhatIf -MaxCount 1
        @($dry).Count | Should -Be 1
        $dry.Outcome | Should -Be 'WouldEnd'
    }

    It 'refuses an -AsOf later than the clock' {
        $err = $null
        try { Close-GiosgStaleChat -IdleFor $week -AsOf ([datetimeoffset]::UtcNow.AddHours(1)) -Force -ErrorAction Stop } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -Be 'GiosgAsOfInFuture,Giosg.PowerShell.Housekeeping.CloseGiosgStaleChatCommand'
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err.ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It 'caps a first run with -MaxCount, tags what it ends, and skips chats that woke up' {
        $woken = $stale[0].id
        $null = Invoke-RestMethod -Method Post -Uri ([uri]::new($sim.BaseUri, '/_simulator/wake-up-after-listing')) -ContentType 'application/json' -Body (ConvertTo-Json @($woken))
        $results = Close-GiosgStaleChat -IdleFor $week -AsOf $now -Force -Tag 'auto-closed' -MaxCount 5 -ThrottleLimit 2 -Summary
        $summary = $results | Select-Object -Last 1
        @($results | Where-Object Outcome -eq 'Ended').Count | Should -Be 5
        $summary.EndRequests | Should -Be 5
        $summary.NotHandled | Should -BeGreaterThan 0
        @($results | Where-Object Outcome -eq 'Skipped') | ForEach-Object { $_.Reason | Should -Not -Match 'MaxCount' }
        ($results | Where-Object ChatId -eq $woken).Outcome | Should -Be 'Skipped'
        $after = Get-GiosgSimulatorChat $sim
        @($after | Where-Object { $_.tags -contains 'auto-closed' }).Count | Should -Be 5
        ($after | Where-Object id -eq $woken).is_ended | Should -BeFalse
    }

    It 'skips chats carrying an excluded tag' {
        # A chat still open and still stale now (earlier tests ended some and woke one up).
        $keep = Get-GiosgSimulatorChat $sim | Where-Object {
            $_.room_organization_id -eq $sim.OrganizationId -and $_.chat_type -eq 'external' -and -not $_.is_ended -and ($now - [datetimeoffset]$_.updated_at) -gt $week
        } | Select-Object -First 1
        Add-GiosgChatTag -ChatId $keep.id -Name 'keep-open'
        $results = Close-GiosgStaleChat -IdleFor $week -AsOf $now -Force -ExcludeTag 'keep-open'
        ($results | Where-Object ChatId -eq $keep.id).Reason | Should -Match 'keep-open'
        ((Get-GiosgSimulatorChat $sim) | Where-Object id -eq $keep.id).is_ended | Should -BeFalse
    }
}
