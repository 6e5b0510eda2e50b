BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../tools/GiosgSimulator.psm1') -Force
    Import-Module $env:GIOSG_TEST_MODULE -Force
    $script:sim = Start-GiosgSimulator -Chats 800 -Seed 17 -PageSize 50
    Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $sim.Token -AsPlainText -Force) -BaseUri $sim.BaseUri -UserId $sim.UserId

    function Get-Post([string] $Ending) {
        @(Get-GiosgSimulatorRequest $sim | Where-Object { $_.method -eq 'POST' -and $_.path.EndsWith($Ending) })
    }

    # Open chats of other users: each test takes its own, so tests do not depend on each other.
    $mine = @(Get-GiosgChat -Scope User -Status Open | ForEach-Object Id)
    $script:openChats = [System.Collections.Generic.Queue[object]]::new([object[]]@(Get-GiosgChat -Status Open | Where-Object Id -notin $mine))
    function Get-FreshOpenChat { $openChats.Dequeue() }
}

AfterAll {
    Disconnect-Giosg
    Stop-GiosgSimulator $sim
}

Describe 'Add-GiosgChatMember and Send-GiosgChatMessage' {
    BeforeEach { Clear-GiosgSimulatorRequest $sim }

    It 'joins, sends once, and the chat shows the join and the message' {
        $chat = Get-FreshOpenChat
        ($chat | Add-GiosgChatMember -Force -PassThru).Outcome | Should -Be 'Joined'
        $sent = $chat | Send-GiosgChatMessage -Message 'Hello from Pester' -Force -PassThru
        $sent.Message | Should -Be 'Hello from Pester'
        (Get-Post '/messages').Count | Should -Be 1
        $newest = Get-GiosgChatMessage -ChatId $chat.Id | Select-Object -First 2
        $newest.Type | Should -Be @('msg', 'join')
    }

    It 'sends nothing and joins nothing under -WhatIf' {
        $chat = Get-FreshOpenChat
        $chat | Add-GiosgChatMember -WhatIf
        $chat | Send-GiosgChatMessage -Message 'Not sent' -WhatIf
        @(Get-GiosgSimulatorRequest $sim | Where-Object method -eq 'POST') | Should -BeNullOrEmpty
    }

    It 'sends buttons as a generic attachment' {
        $chat = Get-FreshOpenChat
        $chat | Add-GiosgChatMember -Force
        $survey = @{ Title = 'Helpful?'; Actions = @(@{ Text = 'Yes'; Value = 'yes' }, @{ Text = 'No'; Value = 'no' }) }
        $sent = $chat | Send-GiosgChatMessage -Message 'One question' -Attachment $survey -Force -PassThru
        $sent.AttachmentTemplate | Should -Be 'generic'
        $sent.Attachments[0].Actions.Value | Should -Be @('yes', 'no')
    }

    It 'refuses a message to an ended chat before any request' {
        $ended = Get-GiosgChat -Status Ended -First 1
        $ended | Send-GiosgChatMessage -Message 'Too late' -Force -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgChatEnded,Giosg.PowerShell.Messages.SendGiosgChatMessageCommand'
        @(Get-GiosgSimulatorRequest $sim | Where-Object method -eq 'POST') | Should -BeNullOrEmpty
    }

    It 'tells a user who is no member to join first' {
        $chat = Get-FreshOpenChat
        Send-GiosgChatMessage -ChatId $chat.Id -Message 'Not a member' -Force -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgNotFound,Giosg.PowerShell.Messages.SendGiosgChatMessageCommand'
        $failures[0].Exception.Message | Should -Match 'Add-GiosgChatMember'
    }

    It 'stops on a bad attachment before any request' {
        $chat = Get-FreshOpenChat
        { $chat | Send-GiosgChatMessage -Message 'x' -Attachment @{ Colour = 'red' } -Force -ErrorAction Stop } |
            Should -Throw -ErrorId 'GiosgMessageInvalid,Giosg.PowerShell.Messages.SendGiosgChatMessageCommand'
        Get-GiosgSimulatorRequest $sim | Should -BeNullOrEmpty
    }
}

Describe 'Memberships of a user' {
    It 'lists the chats the user takes part in, and leaving moves a chat to the others' {
        $chat = Get-FreshOpenChat
        $chat | Add-GiosgChatMember -Force
        (Get-GiosgChatMembership -Mine -Participating $true).ChatId | Should -Contain $chat.Id
        Get-GiosgChatMembership -Mine -Participating $true | Where-Object ChatId -eq $chat.Id |
            Set-GiosgChatMembership -Participating:$false -Force
        (Get-GiosgChatMembership -UserId $sim.UserId -Participating $false).ChatId | Should -Contain $chat.Id
        (Get-GiosgChatMessage -ChatId $chat.Id | Select-Object -First 1).Type | Should -Be 'leave'
    }

    It 'lists a user''s chats by last update' {
        $chats = Get-GiosgChat -Scope User -SortBy UpdatedAt -Descending
        $chats.Count | Should -BeGreaterThan 1
        $times = @($chats.UpdatedAt)
        ($times | Sort-Object -Descending) | Should -Be $times
        { Get-GiosgChat -SortBy UpdatedAt -ErrorAction Stop } | Should -Throw -ErrorId 'GiosgInvalidArgument,Giosg.PowerShell.Chats.GetGiosgChatCommand'
    }
}

Describe 'Close-GiosgStaleChat -Message' {
    It 'posts nothing under -WhatIf, then posts the note before ending each chat' {
        $asOf = (Get-Date).ToUniversalTime().AddMinutes(-1)
        Clear-GiosgSimulatorRequest $sim
        $dry = Close-GiosgStaleChat -IdleFor 7.00:00:00 -AsOf $asOf -Message 'Closed after a week without activity.' -WhatIf
        $dry.Outcome | Sort-Object -Unique | Should -Be 'WouldEnd'
        @(Get-GiosgSimulatorRequest $sim | Where-Object method -eq 'POST') | Should -BeNullOrEmpty

        $results = Close-GiosgStaleChat -IdleFor 7.00:00:00 -AsOf $asOf -Message 'Closed after a week without activity.' -Force
        $results.Count | Should -BeGreaterThan 0
        $results.Outcome | Sort-Object -Unique | Should -Be 'Ended'
        $results.ClosingNote | Sort-Object -Unique | Should -Be 'Posted'
        (Get-Post '/messages').Count | Should -Be $results.Count
        $first = $results[0]
        (Get-GiosgChatMessage -ChatId $first.ChatId -Type msg | Select-Object -First 1).Message | Should -Be 'Closed after a week without activity.'
    }
}
