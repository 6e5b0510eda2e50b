# Get-/New-/Set-GiosgReplySuggestion (001).
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../tools/GiosgSimulator.psm1') -Force
    Import-Module $env:GIOSG_TEST_MODULE -Force
    $script:sim = Start-GiosgSimulator -Chats 200 -Seed 8
    Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $sim.Token -AsPlainText -Force) -BaseUri $sim.BaseUri -UserId $sim.UserId
    $script:chat = Get-GiosgChat -Scope User -HasVisitorMessages -First 1
    $script:messages = @(Get-GiosgChatMessage -ChatId $chat.Id -Scope User | Select-Object -First 2)
}

AfterAll {
    Disconnect-Giosg
    Stop-GiosgSimulator $sim
}

Describe 'Reply suggestions' {
    BeforeEach { Clear-GiosgSimulatorRequest $sim }

    It 'adds nothing under -WhatIf' {
        New-GiosgReplySuggestion -ChatId $chat.Id -MessageId $messages[0].Id 'Dry run' -WhatIf
        @(Get-GiosgSimulatorRequest $sim | Where-Object method -eq 'POST').Count | Should -Be 0
    }

    It 'adds suggestions from piped rows (binding by property name) and lists them per message and per chat' {
        [pscustomobject]@{ ChatId = "$($chat.Id)"; MessageId = "$($messages[0].Id)"; Suggestion = 'Yes we do.' } | New-GiosgReplySuggestion -RelevancyScore 0.7 -Confirm:$false | Out-Null
        [pscustomobject]@{ ChatId = "$($chat.Id)"; MessageId = "$($messages[1].Id)"; Suggestion = 'Anything else?' } | New-GiosgReplySuggestion -Confirm:$false | Out-Null
        $forMessage = @(Get-GiosgReplySuggestion -ChatId $chat.Id -MessageId $messages[0].Id)
        $forMessage.Suggestion | Should -Be 'Yes we do.'
        $forMessage.RelevancyScore | Should -Be 0.7
        (Get-GiosgReplySuggestion -ChatId $chat.Id).Suggestion | Should -Be @('Yes we do.', 'Anything else?')
        (Get-GiosgReplySuggestion -ChatId $chat.Id -Descending).Suggestion | Should -Be @('Anything else?', 'Yes we do.')
    }

    It 'rates piped suggestions with Set-GiosgReplySuggestion, leaving their text' {
        Get-GiosgReplySuggestion -ChatId $chat.Id -MessageId $messages[0].Id | Set-GiosgReplySuggestion -RelevancyScore 0.1
        $after = Get-GiosgReplySuggestion -ChatId $chat.Id -MessageId $messages[0].Id
        $after.RelevancyScore | Should -Be 0.1
        $after.Suggestion | Should -Be 'Yes we do.'
        (Get-GiosgSimulatorRequest $sim | Where-Object method -eq 'PATCH').Count | Should -Be 1
    }

    It 'refuses a relevancy score outside 0..1 by validation, before any request' {
        { New-GiosgReplySuggestion -ChatId $chat.Id -MessageId $messages[0].Id 'x' -RelevancyScore 2 -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Giosg.PowerShell.ReplySuggestions.NewGiosgReplySuggestionCommand'
        @(Get-GiosgSimulatorRequest $sim).Count | Should -Be 0
    }

    It 'reports an unknown message as GiosgNotFound' {
        New-GiosgReplySuggestion -ChatId $chat.Id -MessageId ([guid]::NewGuid()) 'x' -Confirm:$false -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgNotFound,Giosg.PowerShell.ReplySuggestions.NewGiosgReplySuggestionCommand'
    }
}
