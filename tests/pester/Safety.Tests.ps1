BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../tools/GiosgSimulator.psm1') -Force
    Import-Module $env:GIOSG_TEST_MODULE -Force
}

Describe 'The API token never leaks' {
    BeforeAll {
        # Every transient fault at a high rate, so every cmdlet meets retries, resets and slow answers.
        $script:sim = Start-GiosgSimulator -Chats 300 -Seed 8 -PageSize 25 -Faults 'mixed:0.3' -FaultSeed 8
        $script:secrets = @(
            $sim.Token
            [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($sim.Token))
            [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("Token $($sim.Token)"))
        )
    }

    AfterAll {
        Disconnect-Giosg
        Stop-GiosgSimulator $sim
    }

    It 'appears in no stream, error or exception of any cmdlet run with -Verbose -Debug through faults' {
        $DebugPreference = 'Continue'
        $ErrorActionPreference = 'Continue'
        $captured = & {
            $connection = Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $sim.Token -AsPlainText -Force) -BaseUri $sim.BaseUri -UserId $sim.UserId -MaxRetries 6 -PassThru -Verbose
            $connection
            Get-GiosgConnection
            $chats = @(Get-GiosgChat -First 30 -Verbose -Debug)
            $chats
            $chat = $chats | Where-Object { -not $_.IsEnded } | Select-Object -First 1
            $chats | Select-Object -First 3 | Get-GiosgChat -Verbose -Debug
            $chat | Get-GiosgChatMessage -Verbose -Debug
            $chat | Get-GiosgChatMembership -Verbose -Debug
            $chat | Get-GiosgChatVisitorVariable -Verbose -Debug
            $chat | Get-GiosgChatTag -Verbose -Debug
            $chat | Get-GiosgAllowedChatTag -Verbose -Debug
            $chat | Add-GiosgChatTag -Name 'leak-check' -PassThru -Verbose -Debug
            Remove-GiosgChatTag -ChatId $chat.Id -Name 'leak-check' -Force -PassThru -Verbose -Debug
            $chat | Set-GiosgChat -Waiting $false -Force -PassThru -Verbose -Debug
            $chat | Stop-GiosgChat -Force -PassThru -Verbose -Debug
            Get-GiosgChat -Id ([guid]::NewGuid()) -Verbose -Debug
            Close-GiosgStaleChat -IdleFor (New-TimeSpan -Days 7) -AsOf '2026-06-01T12:00:00Z' -Force -Summary -ThrottleLimit 4 -Verbose -Debug
            Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString "$($sim.Token)x" -AsPlainText -Force) -BaseUri $sim.BaseUri
            Get-GiosgChat -First 1 -Verbose -Debug
        } *>&1

        $text = ($captured | ForEach-Object {
                if ($_ -is [System.Management.Automation.ErrorRecord]) {
                    $_ | Format-List * -Force | Out-String
                    $_.Exception.ToString()
                }
                else {
                    $_ | Format-List * -Force | Out-String
                    "$_"
                }
            }) -join "`n"
        $text.Length | Should -BeGreaterThan 1000
        foreach ($secret in $secrets) {
            $text.Contains($secret) | Should -BeFalse -Because 'the token must never be shown'
        }
    }
}

Describe 'Bad input gets a clear, typed error' {
    BeforeAll {
        $script:sim = Start-GiosgSimulator -Chats 50 -Seed 4
        Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $sim.Token -AsPlainText -Force) -BaseUri $sim.BaseUri
    }

    AfterAll {
        Disconnect-Giosg
        Stop-GiosgSimulator $sim
    }

    It 'refuses a chat id that is not a GUID with a typed error naming it, before any request' {
        { Get-GiosgChat -Id 'not-a-guid' -ErrorAction Stop } | Should -Throw -ErrorId 'GiosgChatIdInvalid,Giosg.PowerShell.Chats.GetGiosgChatCommand'
        Get-GiosgChat -Id 'not-a-guid' -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].TargetObject | Should -Be 'not-a-guid'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }

    It 'refuses a negative -IdleFor even with -Force' {
        { Close-GiosgStaleChat -IdleFor (New-TimeSpan -Days -1) -Force -ErrorAction Stop } |
            Should -Throw -ErrorId 'GiosgInvalidArgument,Giosg.PowerShell.Housekeeping.CloseGiosgStaleChatCommand'
    }

    It 'refuses a -ThrottleLimit out of range at binding' {
        { Close-GiosgStaleChat -IdleFor 7.00:00:00 -ThrottleLimit 0 -Force -ErrorAction Stop } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,Giosg.PowerShell.Housekeeping.CloseGiosgStaleChatCommand'
    }

    It 'refuses an empty tag name' {
        { Remove-GiosgChatTag -ChatId ([guid]::NewGuid()) -Name '' -Force -ErrorAction Stop } | Should -Throw
    }

    It 'reports an unreachable base URI as a connection error' {
        Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString 'tok' -AsPlainText -Force) -BaseUri 'http://127.0.0.1:1' -MaxRetries 0
        Get-GiosgChat -First 1 -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].CategoryInfo.Category | Should -Be 'ConnectionError'
        $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgNetworkError,Giosg.PowerShell.Chats.GetGiosgChatCommand'
    }
}
