BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../tools/GiosgSimulator.psm1') -Force
    Import-Module $env:GIOSG_TEST_MODULE -Force
    $script:sim = Start-GiosgSimulator -Chats 600 -Seed 17 -PageSize 25
    Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $sim.Token -AsPlainText -Force) -BaseUri $sim.BaseUri -UserId $sim.UserId

    function Get-ChangeRequest {
        @(Get-GiosgSimulatorRequest $sim | Where-Object method -in 'PATCH', 'PUT', 'POST', 'DELETE')
    }

    function Set-SimulatorNow([datetimeoffset] $Now) {
        $value = [uri]::EscapeDataString($Now.UtcDateTime.ToString('o'))
        $null = Invoke-RestMethod -Method Put -Uri ([uri]::new($sim.BaseUri, "/_simulator/now?value=$value"))
    }

    # Each test takes fresh open chats, so tests do not depend on each other's changes.
    $script:openChats = [System.Collections.Generic.Queue[object]]::new([object[]]@(Get-GiosgChat -Status Open))
    function Get-FreshOpenChat { $openChats.Dequeue() }
    $script:memberChats = [System.Collections.Generic.Queue[object]]::new([object[]]@(Get-GiosgChat -Scope User -Status Open))
    function Get-FreshMemberChat { $memberChats.Dequeue() }

    # Other users of the organization, from the chats' memberships.
    $script:colleagues = @(Get-GiosgChat -First 40 | Get-GiosgChatMembership |
            Where-Object { $_.MemberType -eq 'user' -and $_.MemberId -ne "$($sim.UserId)" } |
            Select-Object -ExpandProperty MemberId -Unique)
}

AfterAll {
    Disconnect-Giosg
    Stop-GiosgSimulator $sim
}

Describe 'Presences' {
    BeforeEach { Clear-GiosgSimulatorRequest $sim }

    It 'joins an operator, lists the presence, and clears it through the pipeline' {
        $chat = Get-FreshOpenChat
        $operator = $colleagues[0]
        $added = $chat | Add-GiosgChatPresence -UserId $operator -PassThru
        $added.Outcome | Should -Be 'Added'
        (Get-GiosgChatPresence -ChatId $chat).UserId | Should -Contain ([guid]$operator)

        Get-GiosgChatPresence -ChatId $chat | Where-Object UserId -eq $operator | Remove-GiosgChatPresence -Force
        (Get-GiosgChatPresence -ChatId $chat).UserId | Should -Not -Contain ([guid]$operator)
    }

    It 'clears an operator stuck in several chats from their current chats, and -WhatIf sends nothing' {
        $stuck = $colleagues[1]
        $chats = 1..3 | ForEach-Object { Get-FreshOpenChat }
        $chats | Add-GiosgChatPresence -UserId $stuck
        Clear-GiosgSimulatorRequest $sim

        Get-GiosgChat -Current -UserId $stuck | Remove-GiosgChatPresence -WhatIf
        Get-ChangeRequest | Should -BeNullOrEmpty

        $removed = Get-GiosgChat -Current -UserId $stuck | Remove-GiosgChatPresence -Force -PassThru
        $removed.Count | Should -BeGreaterOrEqual 3
        $removed.Outcome | Sort-Object -Unique | Should -Be 'Removed'
        @(Get-GiosgChat -Current -UserId $stuck) | Should -BeNullOrEmpty
    }

    It 'refuses an exclusive join to a taken chat as an error about that chat' {
        $chat = Get-FreshOpenChat
        Add-GiosgChatPresence -ChatId $chat -UserId $colleagues[2]
        Add-GiosgChatPresence -ChatId $chat -Exclusive -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgBadRequest,Giosg.PowerShell.Presences.AddGiosgChatPresenceCommand'
        $failures[0].TargetObject | Should -Be $chat.Id
    }

    It 'lists participations: the visitor and the users who wrote' {
        $chat = Get-GiosgChat -HasUserMessages -HasVisitorMessages -First 1
        $participations = Get-GiosgChatParticipation -ChatId $chat
        $participations.Type | Should -Contain 'visitor'
        $participations.Type | Should -Contain 'user'
        $participations.ChatId | Sort-Object -Unique | Should -Be $chat.Id
    }
}

Describe 'Invitations' {
    BeforeEach { Clear-GiosgSimulatorRequest $sim }

    It 'expires only invitations older than the threshold, as the help example does, and -WhatIf expires none' {
        $start = [datetimeoffset]'2026-06-01T12:00:00Z'
        Set-SimulatorNow $start
        $old, $new = (Get-FreshMemberChat), (Get-FreshMemberChat)
        $old | New-GiosgChatInvitation -InvitedUserId $colleagues[0] -Force
        Set-SimulatorNow $start.AddHours(2)
        $new | New-GiosgChatInvitation -InvitedUserId $colleagues[0] -Force
        $threshold = $start.AddHours(1)
        Clear-GiosgSimulatorRequest $sim

        Get-GiosgChatInvitation -Outgoing -State Pending | Where-Object CreatedAt -lt $threshold | Set-GiosgChatInvitation -State Expired -WhatIf
        Get-ChangeRequest | Should -BeNullOrEmpty

        $expired = Get-GiosgChatInvitation -Outgoing -State Pending | Where-Object CreatedAt -lt $threshold | Set-GiosgChatInvitation -State Expired -Force -PassThru
        @($expired).Count | Should -Be 1
        $expired.ChatId | Should -Be $old.Id
        (Get-GiosgChatInvitation -ChatId $new -State Pending).ChatId | Should -Be $new.Id
        Set-SimulatorNow $start
    }

    It 'accepts an incoming invitation, and its CSV row binds too' {
        $chat = Get-FreshMemberChat
        New-GiosgChatInvitation -ChatId $chat -InvitedUserId $sim.UserId -Force | Out-Null
        $csv = Get-GiosgChatInvitation -Incoming -State Pending | Where-Object ChatId -eq $chat.Id | ConvertTo-Csv | ConvertFrom-Csv
        $accepted = $csv | Set-GiosgChatInvitation -State Accepted -Force -PassThru
        $accepted.State | Should -Be 'Accepted'
        $accepted.Direction | Should -Be 'Incoming'
    }

    It 'refuses to accept an outgoing invitation with an error about it, sending nothing' {
        $chat = Get-FreshMemberChat
        $sent = New-GiosgChatInvitation -ChatId $chat -InvitedUserId $colleagues[1] -Force
        Clear-GiosgSimulatorRequest $sim
        $sent | Set-GiosgChatInvitation -State Accepted -Force -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgInvitationNotIncoming,Giosg.PowerShell.Invitations.SetGiosgChatInvitationCommand'
        $failures[0].TargetObject | Should -Be $sent.Id
        Get-ChangeRequest | Should -BeNullOrEmpty
    }

    It 'reports an unknown invitation id as not found' {
        $chat = Get-FreshMemberChat
        $unknown = [guid]::NewGuid()
        Set-GiosgChatInvitation -Id $unknown -ChatId $chat.Id -State Expired -Force -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgNotFound,Giosg.PowerShell.Invitations.SetGiosgChatInvitationCommand'
        $failures[0].TargetObject | Should -Be $unknown
    }
}

Describe 'Per-user routed chats and pending follow-ups (B4)' {
    AfterEach { Set-GiosgSimulatorReading $sim }

    It 'lists the user''s routed chats and reads their messages below the user' {
        $chat = Get-GiosgChat -Scope UserRouted | Where-Object MessageCount -gt 0 | Select-Object -First 1
        $chat.Scope | Should -Be 'UserRouted'
        Clear-GiosgSimulatorRequest $sim
        @($chat | Get-GiosgChatMessage -Type msg).Count | Should -Be $chat.MessageCount
        (Get-GiosgSimulatorRequest $sim).path | Should -Be "/api/v5/users/$($sim.UserId)/routed_chats/$($chat.Id)/messages"
    }

    It 'reads a pending shared-room chat''s messages under <Reading>, and its tags fail only under private history' -ForEach @(
        @{ Reading = @() }, @{ Reading = @('PrivateChatHistory') }
    ) {
        Set-GiosgSimulatorReading $sim -Reading $Reading
        $chat = Get-GiosgChat -Pending | Where-Object { $_.RoomOrganizationId -ne $sim.OrganizationId -and $_.MessageCount -gt 0 } | Select-Object -First 1
        @($chat | Get-GiosgChatMessage -Type msg).Count | Should -Be $chat.MessageCount
        @($chat | Get-GiosgChatMembership).Count | Should -BeGreaterThan 0
        $null = $chat | Get-GiosgChatTag -ErrorVariable failures -ErrorAction SilentlyContinue
        if ($Reading) {
            $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgPermissionDenied,Giosg.PowerShell.Tags.GetGiosgChatTagCommand'
            $failures[0].TargetObject | Should -Be $chat.Id
        }
        else {
            $failures | Should -BeNullOrEmpty
        }
    }
}
