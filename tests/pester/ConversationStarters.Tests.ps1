# Get-/Set-/Remove-GiosgConversationStarter (001), the CSV roll-out included.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../tools/GiosgSimulator.psm1') -Force
    Import-Module $env:GIOSG_TEST_MODULE -Force
    $script:sim = Start-GiosgSimulator -Chats 50 -Seed 5
    Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $sim.Token -AsPlainText -Force) -BaseUri $sim.BaseUri -UserId $sim.UserId
    # Another operator of the organization, found among the chats' members.
    $script:other = Get-GiosgChat -First 40 | Get-GiosgChatMembership |
        Where-Object { $_.MemberType -eq 'user' -and $_.MemberOrganizationId -eq $sim.OrganizationId -and $_.MemberId -ne "$($sim.UserId)" } |
        Select-Object -First 1 -ExpandProperty MemberId
    $other | Should -Not -BeNullOrEmpty

    function Get-Change { @(Get-GiosgSimulatorRequest $sim | Where-Object method -in 'PATCH', 'PUT', 'POST', 'DELETE') }
}

AfterAll {
    Disconnect-Giosg
    Stop-GiosgSimulator $sim
}

Describe 'Set-GiosgConversationStarter from a CSV of user, language, text' {
    BeforeAll {
        $script:csv = Join-Path $TestDrive 'greetings.csv'
        @(
            'user,language,text'
            "$($sim.UserId),en,How can I help you?"
            "$($sim.UserId),fi,Kuinka voin auttaa?"
            "$other,sv,Hur kan jag hjälpa dig?"
            "$other,en_GB,Bad row"
        ) | Set-Content -Path $csv -Encoding utf8
    }

    BeforeEach { Clear-GiosgSimulatorRequest $sim }

    It 'binds every column by name and changes nothing under -WhatIf (the bad row is still an error)' {
        $whatIf = Import-Csv $csv | Set-GiosgConversationStarter -WhatIf -ErrorVariable failures -ErrorAction SilentlyContinue 6>&1 | Out-String
        Get-Change | Should -BeNullOrEmpty
        @(Get-GiosgSimulatorRequest $sim).Count | Should -Be 0
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgInvalidLanguageCode,Giosg.PowerShell.ConversationStarters.SetGiosgConversationStarterCommand'
        $failures[0].TargetObject | Should -Be 'en_GB'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }

    It 'sets each row, adding the missing ones, and reports the bad row without stopping the others' {
        Import-Csv $csv | Set-GiosgConversationStarter -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures.Count | Should -Be 1
        $mine = @(Get-GiosgConversationStarter)
        $mine.LanguageCode | Should -Be @('en', 'fi')
        $mine.Message | Should -Be @('How can I help you?', 'Kuinka voin auttaa?')
        (Get-GiosgConversationStarter -UserId $other).Message | Should -Be 'Hur kan jag hjälpa dig?'
    }

    It 'updates an existing language with a PATCH only, and -PassThru writes the starter' {
        $starter = Set-GiosgConversationStarter -LanguageCode EN -Message 'Hi there!' -PassThru -Confirm:$false
        $starter.LanguageCode | Should -Be 'en'
        $starter.Message | Should -Be 'Hi there!'
        $starter.UserId | Should -Be $sim.UserId
        (Get-Change).method | Should -Be 'PATCH'
    }
}

Describe 'Get-GiosgConversationStarter and Remove-GiosgConversationStarter' {
    BeforeEach { Clear-GiosgSimulatorRequest $sim }

    It 'filters by language and pipes starters on to Remove by property name' {
        Set-GiosgConversationStarter -UserId $other -LanguageCode de -Message 'Wie kann ich helfen?'
        [pscustomobject]@{ User = $other } | Get-GiosgConversationStarter -LanguageCode DE | Remove-GiosgConversationStarter -Confirm:$false
        (Get-GiosgConversationStarter -UserId $other).LanguageCode | Should -Not -Contain 'de'
        @(Get-Change | Where-Object method -eq 'DELETE').path | Should -Be "/api/v5/users/$other/chat_conversation_starters/de"
    }

    It 'reports a row whose user is not a GUID as GiosgInvalidId naming the value, before any request' {
        [pscustomobject]@{ User = 'operator-7'; Language = 'en'; Text = 'Hi' } | Set-GiosgConversationStarter -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgInvalidId,Giosg.PowerShell.ConversationStarters.SetGiosgConversationStarterCommand'
        $failures[0].TargetObject | Should -Be 'operator-7'
        @(Get-GiosgSimulatorRequest $sim).Count | Should -Be 0
    }

    It 'reports a language the user has no starter in as GiosgNotFound' {
        Remove-GiosgConversationStarter -LanguageCode ja -Confirm:$false -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgNotFound,Giosg.PowerShell.ConversationStarters.RemoveGiosgConversationStarterCommand'
    }

    It 'refuses a code that is not RFC 3066 before any request' {
        { Get-GiosgConversationStarter -LanguageCode 'en_US' -ErrorAction Stop } | Should -Throw -ErrorId 'GiosgInvalidLanguageCode,Giosg.PowerShell.ConversationStarters.GetGiosgConversationStarterCommand'
        @(Get-GiosgSimulatorRequest $sim).Count | Should -Be 0
    }
}
