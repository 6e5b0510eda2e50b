# New-GiosgChat (001 and 004 starts) and Get-GiosgChat -Scope User -RoomId -VisitorId.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../tools/GiosgSimulator.psm1') -Force
    Import-Module $env:GIOSG_TEST_MODULE -Force
    $script:sim = Start-GiosgSimulator -Chats 400 -Seed 21 -PageSize 25
    Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $sim.Token -AsPlainText -Force) -BaseUri $sim.BaseUri -UserId $sim.UserId
    $script:simChats = Get-GiosgSimulatorChat $sim
    $script:visitorChat = Get-GiosgChat -ChatType visitor -Status Ended | Select-Object -First 1
    $script:visitor = ($simChats | Where-Object id -eq $visitorChat.Id).visitor_id

    function Get-Post { @(Get-GiosgSimulatorRequest $sim | Where-Object method -eq 'POST') }
}

AfterAll {
    Disconnect-Giosg
    Stop-GiosgSimulator $sim
}

Describe 'New-GiosgChat' {
    BeforeEach { Clear-GiosgSimulatorRequest $sim }

    It 'sends nothing under -WhatIf' {
        New-GiosgChat -Empty -WhatIf
        New-GiosgChat -RoomId $visitorChat.RoomId -VisitorId $visitor -WhatIf
        Get-Post | Should -BeNullOrEmpty
    }

    It 'starts an empty chat of the user, as that user''s chat' {
        $chat = New-GiosgChat -Empty -Confirm:$false
        $chat.ChatType | Should -Be 'operator'
        $chat.Scope | Should -Be 'User'
        $chat.UserId | Should -Be $sim.UserId
        (Get-Post).path | Should -Be "/api/v5/users/$($sim.UserId)/chats"
    }

    It 'starts a chat with a visitor, then finds it again instead of a second one (-Verbose says so)' {
        $first = New-GiosgChat -RoomId $visitorChat.RoomId -VisitorId $visitor -Verbose 4>&1
        $again = New-GiosgChat -RoomId $visitorChat.RoomId -VisitorId $visitor -Verbose 4>&1
        $chats = @($first; $again) | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }
        $chats[1].Id | Should -Be $chats[0].Id
        ($first | Out-String) | Should -Match 'Started chat'
        ($again | Out-String) | Should -Match 'existing chat'
    }

    It 'binds -RoomId and -VisitorId from piped CSV rows and starts through the organization with -AutoResume' {
        $rows = "RoomId,VisitorId`n$($visitorChat.RoomId),$visitor`n$($visitorChat.RoomId),$visitor" | ConvertFrom-Csv
        $chats = @($rows | New-GiosgChat -Organization -AutoResume $sim.UserId -Confirm:$false)
        $chats.Count | Should -Be 2
        $chats[1].Id | Should -Be $chats[0].Id
        $chats[0].Scope | Should -Be 'Owned'
        $posts = Get-Post
        $posts.Count | Should -Be 2
        $posts | ForEach-Object { $_.path | Should -Be "/api/v5/orgs/$($sim.OrganizationId)/rooms/$($visitorChat.RoomId)/visitors/$visitor/chats"; $_.query | Should -Match 'auto_resume=' }
    }

    It 'reports an unknown visitor as GiosgNotFound naming the input, and goes on with the next row' {
        $rows = @(
            [pscustomobject]@{ RoomId = $visitorChat.RoomId; VisitorId = '0' * 32 }
            [pscustomobject]@{ RoomId = $visitorChat.RoomId; VisitorId = $visitor }
        )
        $chats = @($rows | New-GiosgChat -Organization -Confirm:$false -ErrorVariable failures -ErrorAction SilentlyContinue)
        $chats.Count | Should -Be 1
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgNotFound,Giosg.PowerShell.Chats.NewGiosgChatCommand'
        $failures[0].TargetObject | Should -Match ('0' * 32)
    }

    It 'reports a row whose RoomId is not a GUID as GiosgInvalidId, before any request' {
        [pscustomobject]@{ RoomId = 'lobby'; VisitorId = $visitor } | New-GiosgChat -Confirm:$false -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgInvalidId,Giosg.PowerShell.Chats.NewGiosgChatCommand'
        $failures[0].TargetObject | Should -Be 'lobby'
        Get-Post | Should -BeNullOrEmpty
    }

    It 'refuses -Organization without -RoomId by binding, before any request' {
        { New-GiosgChat -Organization -VisitorId $visitor -ErrorAction Stop } | Should -Throw
        Get-Post | Should -BeNullOrEmpty
    }
}

Describe 'Get-GiosgChat -Scope User -RoomId -VisitorId (001: the user''s view of a visitor''s chats)' {
    It 'lists the visitor''s chats in the room through users/<user>/rooms/<room>/visitors/<visitor>/chats' {
        Clear-GiosgSimulatorRequest $sim
        $chats = @(Get-GiosgChat -Scope User -RoomId $visitorChat.RoomId -VisitorId $visitor)
        $expected = @($simChats | Where-Object { $_.room_id -eq $visitorChat.RoomId -and $_.visitor_id -eq $visitor })
        $chats.Count | Should -Be $expected.Count
        $chats.Id | Should -Contain $visitorChat.Id
        (Get-GiosgSimulatorRequest $sim).path | Sort-Object -Unique | Should -Be "/api/v5/users/$($sim.UserId)/rooms/$($visitorChat.RoomId)/visitors/$visitor/chats"
    }
}
