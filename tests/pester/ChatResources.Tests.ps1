BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../tools/GiosgSimulator.psm1') -Force
    Import-Module $env:GIOSG_TEST_MODULE -Force
    $script:sim = Start-GiosgSimulator -Chats 600 -Seed 11 -PageSize 50
    Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $sim.Token -AsPlainText -Force) -BaseUri $sim.BaseUri -UserId $sim.UserId

    function Get-ChangeRequest {
        @(Get-GiosgSimulatorRequest $sim | Where-Object method -in 'PATCH', 'PUT', 'POST', 'DELETE')
    }

    # Each test takes fresh open chats, so tests do not depend on each other's changes.
    $script:openChats = [System.Collections.Generic.Queue[object]]::new([object[]]@(Get-GiosgChat -Status Open))
    function Get-FreshOpenChat { $openChats.Dequeue() }
}

AfterAll {
    Disconnect-Giosg
    Stop-GiosgSimulator $sim
}

Describe 'Stop-GiosgChat' {
    BeforeEach { Clear-GiosgSimulatorRequest $sim }

    It 'sends nothing under -WhatIf' {
        $chat = Get-FreshOpenChat
        $chat | Stop-GiosgChat -WhatIf
        Get-ChangeRequest | Should -BeNullOrEmpty
        (Get-GiosgChat -Id $chat.Id).IsEnded | Should -BeFalse
    }

    It 'ends piped chats with -Force and passes them through' {
        $chats = 1..2 | ForEach-Object { Get-FreshOpenChat }
        $ended = $chats | Stop-GiosgChat -Force -PassThru
        $ended.IsEnded | Should -Be @($true, $true)
        (Get-ChangeRequest).Count | Should -Be 2
    }

    It 'ends chats by id with -Confirm:$false' {
        $chat = Get-FreshOpenChat
        Stop-GiosgChat -ChatId $chat.Id -Confirm:$false
        (Get-GiosgChat -Id $chat.Id).IsEnded | Should -BeTrue
    }

    It 'reports an already ended chat without sending anything' {
        $ended = Get-GiosgChat -Status Ended -First 1
        $verbose = $ended | Stop-GiosgChat -Force -Verbose 4>&1
        ($verbose | Out-String) | Should -Match 'already ended'
        Get-ChangeRequest | Should -BeNullOrEmpty
    }

    It 'reports an unknown id as a non-terminating error and ends the others' {
        $chat = Get-FreshOpenChat
        $unknown = [guid]::NewGuid()
        Stop-GiosgChat -ChatId $unknown, $chat.Id -Force -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgNotFound,Giosg.PowerShell.Chats.StopGiosgChatCommand'
        $failures[0].TargetObject | Should -Be $unknown
        (Get-GiosgChat -Id $chat.Id).IsEnded | Should -BeTrue
    }
}

Describe 'Set-GiosgChat' {
    It 'refuses -Waiting $true, which the API does not offer' {
        { Set-GiosgChat -ChatId ([guid]::NewGuid()) -Waiting $true -Force -ErrorAction Stop } |
            Should -Throw -ErrorId 'GiosgWaitingTrueUnsupported,Giosg.PowerShell.Chats.SetGiosgChatCommand'
    }

    It 'reports the API''s 400 for an ended chat' {
        $ended = Get-GiosgChat -Status Ended -First 1
        Set-GiosgChat -ChatId $ended.Id -Waiting $false -Force -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgBadRequest,Giosg.PowerShell.Chats.SetGiosgChatCommand'
    }
}

Describe 'Get-GiosgChatMessage' {
    It 'streams the messages of chats piped from Get-GiosgChat, newest first' {
        $chats = Get-GiosgChat -HasMessages -First 3
        $messages = $chats | Get-GiosgChatMessage
        $messages | Should -Not -BeNullOrEmpty
        $messages.ChatId | Sort-Object -Unique | Should -Be ($chats.Id | Sort-Object -Unique)
        $first = @($messages | Where-Object ChatId -eq $chats[0].Id).CreatedAt
        $first | Should -Be ($first | Sort-Object -Descending)
    }

    It 'filters by type' {
        $chat = Get-GiosgChat -HasMessages -First 1
        $typed = $chat | Get-GiosgChatMessage -Type msg
        @($typed).Count | Should -Be $chat.MessageCount
        ($chat | Get-GiosgChatMessage -ExcludeType msg).Type | Should -Not -Contain 'msg'
    }

    It 'shows the message table view' {
        $table = Get-GiosgChat -HasMessages -First 1 | Get-GiosgChatMessage | Format-Table | Out-String -Width 200
        foreach ($column in 'CreatedAt', 'Type', 'SenderType', 'SenderName', 'Message') { $table | Should -Match $column }
    }
}

Describe 'Chat tags' {
    BeforeEach { Clear-GiosgSimulatorRequest $sim }

    It 'adds tags and reports new or already present' {
        $chat = Get-FreshOpenChat
        $first = $chat | Add-GiosgChatTag -Name 'Lead', 'Premium customer' -PassThru
        $first.Outcome | Should -Be @('Added', 'Added')
        ($chat | Add-GiosgChatTag -Name 'Lead' -PassThru).Outcome | Should -Be 'AlreadyPresent'
        (Get-GiosgChatTag -ChatId $chat.Id).Name | Should -Contain 'Premium customer'
    }

    It 'removes tags piped from Get-GiosgChatTag' {
        $chat = Get-FreshOpenChat
        $chat | Add-GiosgChatTag -Name 'One', 'Two'
        Get-GiosgChatTag -ChatId $chat.Id | Remove-GiosgChatTag -Confirm:$false
        Get-GiosgChatTag -ChatId $chat.Id | Should -BeNullOrEmpty
    }

    It 'round-trips awkward tag names' {
        $chat = Get-FreshOpenChat
        $names = 'Follow-up/2026', '50% off', 'Why?', '#vip', 'Ääkköset', 'two  spaces'
        $chat | Add-GiosgChatTag -Name $names
        (Get-GiosgChatTag -ChatId $chat.Id).Name | Sort-Object | Should -Be ($names | Sort-Object)
        Remove-GiosgChatTag -ChatId $chat.Id -Name $names -Confirm:$false
        Get-GiosgChatTag -ChatId $chat.Id | Should -BeNullOrEmpty
    }

    It 'refuses to remove a tag named ''..'', which would address the chat itself, and sends nothing' {
        $chat = Get-FreshOpenChat
        Remove-GiosgChatTag -ChatId $chat.Id -Name '..' -Confirm:$false -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'GiosgInvalidTarget,*'
        $failures[0].TargetObject | Should -Be $chat.Id
        Get-ChangeRequest | Should -BeNullOrEmpty
    }

    It 'sends nothing under -WhatIf' {
        $chat = Get-FreshOpenChat
        $chat | Add-GiosgChatTag -Name 'Lead' -WhatIf
        Remove-GiosgChatTag -ChatId $chat.Id -Name 'Lead' -WhatIf
        Get-ChangeRequest | Should -BeNullOrEmpty
    }

    It 'refuses an empty tag name before any request' {
        $chat = Get-FreshOpenChat
        { $chat | Add-GiosgChatTag -Name ' ' -ErrorAction Stop } |
            Should -Throw -ErrorId 'GiosgTagNameEmpty,Giosg.PowerShell.Tags.AddGiosgChatTagCommand'
        Get-ChangeRequest | Should -BeNullOrEmpty
    }

    It 'tags an ended chat, or under the other reading of 001 reports the API''s refusal' {
        $ended = @(Get-GiosgChat -Status Ended -First 2)
        ($ended[0] | Add-GiosgChatTag -Name 'Late' -PassThru).Outcome | Should -Be 'Added'

        Set-GiosgSimulatorReading $sim -Reading EndedChatRefusesNewTags
        try {
            $ended[1] | Add-GiosgChatTag -Name 'Late' -ErrorVariable failures -ErrorAction SilentlyContinue
            $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgBadRequest,Giosg.PowerShell.Tags.AddGiosgChatTagCommand'
        }
        finally {
            Set-GiosgSimulatorReading $sim
        }
    }

    It 'completes tag names from the chat''s allowed tags' {
        $chat = Get-GiosgChat -First 1
        $allowed = (Get-GiosgAllowedChatTag -ChatId $chat.Id).Name
        $line = "Add-GiosgChatTag -ChatId $($chat.Id) -Name "
        $completions = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.ListItemText
        $completions | Sort-Object | Should -Be ($allowed | Sort-Object -Unique)
    }
}

Describe 'Memberships and visitor variables' {
    It 'lists memberships and reads the visitor''s variables through the pipeline' {
        $chat = Get-GiosgChat -ChatType visitor -First 1
        $members = $chat | Get-GiosgChatMembership
        $visitor = $members | Where-Object MemberType -eq 'visitor'
        $visitor | Should -Not -BeNullOrEmpty
        $viaMember = $visitor | Get-GiosgChatVisitorVariable
        $viaChat = $chat | Get-GiosgChatVisitorVariable
        $viaMember | Should -Not -BeNullOrEmpty
        $viaChat.Key | Should -Be $viaMember.Key
    }
}
