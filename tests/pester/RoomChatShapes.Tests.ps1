# A6 (docs/api-assumptions.md): room chats in 001's or 004's shape read the same; 004's chats of a user.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../tools/GiosgSimulator.psm1') -Force
    Import-Module $env:GIOSG_TEST_MODULE -Force
    $script:sim = Start-GiosgSimulator -Chats 400 -Seed 15 -PageSize 25
    Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $sim.Token -AsPlainText -Force) -BaseUri $sim.BaseUri -UserId $sim.UserId
    $script:room = (Get-GiosgChat | Group-Object RoomId | Sort-Object Count -Descending | Select-Object -First 1).Name

    function Get-RoomView([string[]] $Reading, [hashtable] $Filter = @{}) {
        if ($Reading) { Set-GiosgSimulatorReading $sim -Reading $Reading } else { Set-GiosgSimulatorReading $sim }
        try {
            Get-GiosgChat -RoomId $room @Filter | ForEach-Object { '{0} {1:o} {2} {3} {4:o}' -f $_.Id, $_.CreatedAt, $_.IsWaiting, $_.IsEnded, $_.EndedAt }
        }
        finally { Set-GiosgSimulatorReading $sim }
    }
}

AfterAll {
    Disconnect-Giosg
    Stop-GiosgSimulator $sim
}

Describe 'Get-GiosgChat -RoomId under both readings of the room listing (001 and 004 shapes)' {
    It 'reads creation, end and waiting state the same in either shape' {
        $v5 = Get-RoomView
        $older = Get-RoomView -Reading RoomChatsInOlderShape
        $v5.Count | Should -BeGreaterThan 10
        $older | Should -Be $v5
        $v5 | Where-Object { $_ -like '* True *' } | Should -Not -BeNullOrEmpty
    }

    It 'keeps the chats of a -CreatedAfter window in either shape (it used to drop all of 004''s)' -TestCases @(
        @{ Reading = @() }, @{ Reading = @('RoomChatsInOlderShape') }
    ) {
        $all = @(Get-GiosgChat -RoomId $room)
        $after = $all[[int]($all.Count / 2)].CreatedAt
        $window = @(Get-RoomView -Reading $Reading -Filter @{ CreatedAfter = $after })
        $window.Count | Should -Be @($all | Where-Object CreatedAt -gt $after).Count
        $window.Count | Should -BeGreaterThan 0
    }

    It 'lists waiting chats with -Waiting in either shape' -TestCases @(
        @{ Reading = @() }, @{ Reading = @('RoomChatsInOlderShape') }
    ) {
        $waiting = @(Get-RoomView -Reading $Reading -Filter @{ Waiting = $true })
        $waiting.Count | Should -BeGreaterThan 0
        $waiting | ForEach-Object { $_ | Should -BeLike '* True *' }
    }
}

Describe 'Get-GiosgChat -Scope OrganizationUser (004: orgs/<org>/users/<user>/chats)' {
    It 'streams the user''s chats from 004''s path with 004''s participation counts, as the user''s chats' {
        Clear-GiosgSimulatorRequest $sim
        $chats = @(Get-GiosgChat -Scope OrganizationUser -Status Open)
        $chats.Count | Should -BeGreaterThan 0
        $chats | ForEach-Object {
            $_.Scope | Should -Be 'User'
            $_.UserId | Should -Be $sim.UserId
            $_.IsEnded | Should -BeFalse
            $_.CreatedAt.Year | Should -BeGreaterThan 2000
            $_.ParticipationCount | Should -Be ($_.UserParticipationCount + $_.VisitorParticipationCount)
        }
        $requests = @(Get-GiosgSimulatorRequest $sim)
        $requests.path | Sort-Object -Unique | Should -Be "/api/v5/orgs/$($sim.OrganizationId)/users/$($sim.UserId)/chats"
    }

    It 'refuses -Descending before any request: 004 documents no ordering there' {
        Clear-GiosgSimulatorRequest $sim
        { Get-GiosgChat -Scope OrganizationUser -Descending -ErrorAction Stop } | Should -Throw -ErrorId 'GiosgInvalidArgument,Giosg.PowerShell.Chats.GetGiosgChatCommand'
        @(Get-GiosgSimulatorRequest $sim).Count | Should -Be 0
    }
}
