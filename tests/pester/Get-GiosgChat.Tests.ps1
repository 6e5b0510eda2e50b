BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../tools/GiosgSimulator.psm1') -Force
    Import-Module $env:GIOSG_TEST_MODULE -Force
    # The size the foundation promises to stream whole: 10,000 chats, 100 a page.
    $script:sim = Start-GiosgSimulator -Chats 10000 -Seed 1 -PageSize 100
    $script:simChats = Get-GiosgSimulatorChat $sim
    Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $sim.Token -AsPlainText -Force) -BaseUri $sim.BaseUri -UserId $sim.UserId

    function Get-ListRequest {
        @(Get-GiosgSimulatorRequest $sim | Where-Object { $_.method -eq 'GET' -and $_.path -match '_chats$|/chats$' })
    }
}

AfterAll {
    Disconnect-Giosg
    Stop-GiosgSimulator $sim
}

Describe 'Get-GiosgChat listing' {
    It 'streams every chat of a 10,000-chat organization, identical to the simulator''s set' {
        $ids = Get-GiosgChat -Scope Routed | ForEach-Object Id
        $ids.Count | Should -Be 10000
        @($ids | Sort-Object -Unique).Count | Should -Be 10000
        $expected = $simChats | ForEach-Object { [guid]$_.id } | Sort-Object
        Compare-Object ($ids | Sort-Object) $expected | Should -BeNullOrEmpty
    }

    It 'costs the first page and at most the prefetched one under Select-Object -First 5' {
        Clear-GiosgSimulatorRequest $sim
        $chats = Get-GiosgChat | Select-Object -First 5
        $chats.Count | Should -Be 5
        (Get-ListRequest).Count | Should -BeLessOrEqual 2
    }

    It 'honours -First and -Skip without reading further pages' {
        Clear-GiosgSimulatorRequest $sim
        $all = Get-GiosgChat -First 8
        $window = Get-GiosgChat -Skip 3 -First 5
        $window.Id | Should -Be $all[3..7].Id
        (Get-ListRequest).Count | Should -BeLessOrEqual 4
    }

    It 'filters open external chats, the ghost chats housekeeping is for' {
        $open = Get-GiosgChat -Status Open -ChatType external
        $open | Should -Not -BeNullOrEmpty
        $open | ForEach-Object { $_.IsEnded | Should -BeFalse; $_.ChatType | Should -Be 'external' }
    }

    It 'lists oldest first by default, whichever default order the API has (docs/api-assumptions.md A1)' {
        $asTabled = (Get-GiosgChat -First 60).CreatedAt
        Set-GiosgSimulatorReading $sim -Reading NewestFirstByDefault
        try {
            $underOtherReading = (Get-GiosgChat -First 60).CreatedAt
        }
        finally {
            Set-GiosgSimulatorReading $sim
        }
        $asTabled | Should -Be ($asTabled | Sort-Object)
        $underOtherReading | Should -Be $asTabled
    }

    It 'lists newest first with -Descending' {
        $chats = Get-GiosgChat -Descending -First 50
        $times = $chats.CreatedAt
        $times | Should -Be ($times | Sort-Object -Descending)
    }

    It 'sends -CreatedAfter to the API as an ISO 8601 UTC time and returns only newer chats' {
        $after = [datetimeoffset]'2026-05-20T00:00:00+03:00'
        Clear-GiosgSimulatorRequest $sim
        $chats = Get-GiosgChat -CreatedAfter $after
        $chats | ForEach-Object { $_.CreatedAt | Should -BeGreaterThan $after }
        (Get-ListRequest)[0].query | Should -Match 'created_at_after=2026-05-19T21%3A00%3A00'
    }

    It 'lists the user''s chats with -Scope User' {
        $chats = Get-GiosgChat -Scope User -First 5
        $chats | ForEach-Object { $_.Scope | Should -Be 'User'; $_.UserId | Should -Be $sim.UserId }
    }

    It 'refuses contradictory parameters with an InvalidArgument error' {
        { Get-GiosgChat -VisitorId 'abc' -ErrorAction Stop } | Should -Throw -ErrorId 'GiosgInvalidArgument,Giosg.PowerShell.Chats.GetGiosgChatCommand'
    }

    It 'refuses an unknown chat type at binding' {
        { Get-GiosgChat -ChatType ghost } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Giosg.PowerShell.Chats.GetGiosgChatCommand'
    }

    It 'shows the table view an admin scans' {
        $table = Get-GiosgChat -First 2 | Format-Table | Out-String -Width 200
        foreach ($column in 'Id', 'CreatedAt', 'UpdatedAt', 'ChatType', 'RoomName', 'IsEnded', 'MessageCount') {
            $table | Should -Match $column
        }
    }
}

Describe 'Get-GiosgChat -Id' {
    It 'retrieves chats piped from a listing' {
        $listed = Get-GiosgChat -First 3
        $again = $listed | Get-GiosgChat
        $again.Id | Should -Be $listed.Id
    }

    It 'takes ids as strings from the pipeline' {
        $listed = Get-GiosgChat -First 2
        ($listed.Id | ForEach-Object Guid | Get-GiosgChat).Id | Should -Be $listed.Id
    }

    It 'reports an unknown id as a non-terminating ObjectNotFound error and goes on' {
        $known = (Get-GiosgChat -First 1).Id
        $unknown = [guid]::NewGuid()
        $result = $unknown, $known | Get-GiosgChat -ErrorVariable failures -ErrorAction SilentlyContinue
        $result.Id | Should -Be $known
        $failures.Count | Should -Be 1
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].TargetObject | Should -Be $unknown
        $failures[0].Exception.Message | Should -Match $unknown
    }
}
