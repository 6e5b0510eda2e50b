# The pipeline contract end to end (docs/pipeline.md): what administrators export, edit and import
# again reaches exactly the chats it names, and output survives Export-Csv and ConvertTo-Json.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../tools/GiosgSimulator.psm1') -Force
    Import-Module $env:GIOSG_TEST_MODULE -Force
    $script:sim = Start-GiosgSimulator -Chats 600 -Seed 5 -PageSize 50
    Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $sim.Token -AsPlainText -Force) -BaseUri $sim.BaseUri -UserId $sim.UserId

    $script:openChats = [System.Collections.Generic.Queue[object]]::new([object[]]@(Get-GiosgChat -Status Open))
    function Get-FreshOpenChat([int] $Count = 1) { 1..$Count | ForEach-Object { $openChats.Dequeue() } }

    function Get-ChangeRequest {
        @(Get-GiosgSimulatorRequest $sim | Where-Object method -in 'PATCH', 'PUT', 'POST', 'DELETE')
    }

    function Get-RequestedChatId {
        @(Get-GiosgSimulatorRequest $sim | ForEach-Object { if ($_.path -match '_?chats/([0-9a-f-]{36})') { [guid]$Matches[1] } })
    }
}

AfterAll {
    Disconnect-Giosg
    Stop-GiosgSimulator $sim
}

Describe 'CSV round trip' {
    BeforeEach { Clear-GiosgSimulatorRequest $sim }

    It 'ends exactly the chats left in an edited CSV export' {
        $chats = Get-FreshOpenChat 4
        $path = Join-Path $TestDrive 'chats.csv'
        $chats | Export-Csv $path
        # The administrator deletes the rows of the chats to keep.
        $kept = @(Import-Csv $path | Select-Object -First 2)
        $kept | Export-Csv $path
        Clear-GiosgSimulatorRequest $sim

        Import-Csv $path | Stop-GiosgChat -Force

        $? | Should -BeTrue
        (Get-ChangeRequest).Count | Should -Be 2
        Get-RequestedChatId | Sort-Object | Should -Be ($chats[0..1].Id | Sort-Object)
        (Get-GiosgChat -Id $chats.Id).IsEnded | Should -Be @($true, $true, $false, $false)
    }

    It 'removes the tags of an edited CSV export of Get-GiosgChatTag, by their ChatId and Name' {
        $chat = Get-FreshOpenChat
        Add-GiosgChatTag -ChatId $chat.Id -Name 'keep', 'drop me', 'drop/too' -Force
        $path = Join-Path $TestDrive 'tags.csv'
        Get-GiosgChatTag -ChatId $chat.Id | Export-Csv $path
        $kept = @(Import-Csv $path | Where-Object Name -ne 'keep')
        $kept | Export-Csv $path

        Import-Csv $path | Remove-GiosgChatTag -Force

        (Get-GiosgChatTag -ChatId $chat.Id).Name | Should -Be 'keep'
    }

    It 'reports a row with an empty id as GiosgChatIdMissing and ends the other rows' {
        $chats = Get-FreshOpenChat 2
        $path = Join-Path $TestDrive 'edited.csv'
        $chats | Select-Object Id, Scope, UserId, RoomName | Export-Csv $path
        $rows = @(Import-Csv $path)
        $rows[0].Id = ''
        $rows | Export-Csv $path
        Clear-GiosgSimulatorRequest $sim

        Import-Csv $path | Stop-GiosgChat -Force -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgChatIdMissing,Giosg.PowerShell.Chats.StopGiosgChatCommand'
        $failures[0].TargetObject.RoomName | Should -Be $chats[0].RoomName
        Get-RequestedChatId | Should -Be $chats[1].Id
        Get-GiosgSimulatorRequest $sim | Where-Object path -match '00000000-0000-0000-0000-000000000000' | Should -BeNullOrEmpty
    }
}

Describe 'JSON round trip' {
    BeforeEach { Clear-GiosgSimulatorRequest $sim }

    It 'tags the chats of an edited JSON export' {
        $chats = Get-FreshOpenChat 3
        $path = Join-Path $TestDrive 'chats.json'
        $chats | ConvertTo-Json | Set-Content $path
        $edited = @(Get-Content $path -Raw | ConvertFrom-Json) | Where-Object Id -ne $chats[2].Id
        $edited | ConvertTo-Json | Set-Content $path
        Clear-GiosgSimulatorRequest $sim

        Get-Content $path -Raw | ConvertFrom-Json | Add-GiosgChatTag -Name 'from json' -Force

        (Get-GiosgChatTag -ChatId $chats[0].Id).Name | Should -Contain 'from json'
        (Get-GiosgChatTag -ChatId $chats[1].Id).Name | Should -Contain 'from json'
        (Get-GiosgChatTag -ChatId $chats[2].Id).Name | Should -Not -Contain 'from json'
    }

    It 'reads a plain object stream of a [guid] Id then a string Id, as in the original report' {
        $chats = Get-FreshOpenChat 2
        Clear-GiosgSimulatorRequest $sim

        [pscustomobject]@{ Id = [guid]$chats[0].Id }, [pscustomobject]@{ Id = "$($chats[1].Id)" } | Stop-GiosgChat -Force

        Get-RequestedChatId | Should -Be $chats.Id
    }
}

Describe 'Output that survives the ecosystem' {
    BeforeAll {
        $script:chat = Get-FreshOpenChat
        Add-GiosgChatTag -ChatId $chat.Id -Name 'export' -Force
        $script:outputs = [ordered]@{
            Chat       = @{ Objects = @(Get-GiosgChat -Id $chat.Id); Keys = 'Id', 'RoomId', 'CreatedAt', 'UpdatedAt', 'Scope', 'ChatType', 'RoomName' }
            Tag        = @{ Objects = @(Get-GiosgChatTag -ChatId $chat.Id); Keys = 'ChatId', 'Name', 'CreatedAt', 'Scope' }
            TagChange  = @{ Objects = @(Add-GiosgChatTag -ChatId $chat.Id -Name 'export' -Force -PassThru); Keys = 'ChatId', 'Name', 'Outcome' }
            Message    = @{ Objects = @(Get-GiosgChatMessage -ChatId $chat.Id | Select-Object -First 5); Keys = 'Id', 'ChatId', 'CreatedAt', 'Type' }
            Membership = @{ Objects = @(Get-GiosgChatMembership -ChatId $chat.Id); Keys = 'ChatId', 'MemberType', 'MemberId', 'CreatedAt' }
        }
    }

    It 'writes <_> key columns as readable text that re-imports' -ForEach 'Chat', 'Tag', 'TagChange', 'Message', 'Membership' {
        $output = $outputs[$_]
        $output.Objects.Count | Should -BeGreaterThan 0
        $rows = @($output.Objects | ConvertTo-Csv | ConvertFrom-Csv)
        $rows.Count | Should -Be $output.Objects.Count
        foreach ($key in $output.Keys) {
            $rows[0].PSObject.Properties.Name | Should -Contain $key
            $rows[0].$key | Should -Not -Match '^System\.|^Giosg\.'
        }

        foreach ($idColumn in $output.Keys -match '^(Chat|Room)?Id$') {
            if ($rows[0].$idColumn) { [guid]$rows[0].$idColumn | Should -Be ([guid]"$($output.Objects[0].$idColumn)") }
        }

        # Export-Csv writes times as DateTimeOffset.ToString() does: to the second, in the session's culture.
        foreach ($timeColumn in $output.Keys -match 'At$') {
            $expected = $output.Objects[0].$timeColumn
            ([datetimeoffset]$rows[0].$timeColumn).ToUnixTimeSeconds() | Should -Be $expected.ToUnixTimeSeconds()
        }
    }

    It 'converts <_> to small, finite JSON without truncation warnings' -ForEach 'Chat', 'Tag', 'TagChange', 'Message', 'Membership' {
        $json = $outputs[$_].Objects[0] | ConvertTo-Json -WarningVariable truncated -WarningAction SilentlyContinue
        $truncated | Should -BeNullOrEmpty
        $json.Length | Should -BeLessThan 8kb
    }
}
