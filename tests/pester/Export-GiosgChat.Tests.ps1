BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../tools/GiosgSimulator.psm1') -Force
    Import-Module $env:GIOSG_TEST_MODULE -Force

    function Connect-Sim($sim) {
        Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $sim.Token -AsPlainText -Force) -BaseUri $sim.BaseUri
    }

    # The ended chats of the organization's own rooms, by id, as the simulator holds them now.
    function Get-EndedOwnedId($sim) {
        @(Get-GiosgSimulatorChat $sim | Where-Object { $_.room_organization_id -eq $sim.OrganizationId -and $_.is_ended } | ForEach-Object { [string]$_.id } | Sort-Object)
    }

    function Get-ExportedId([string] $Path) {
        @(Get-Content -LiteralPath $Path | ForEach-Object { [string]($_ | ConvertFrom-Json).id } | Sort-Object)
    }
}

Describe 'Get-GiosgChatTranscript' {
    BeforeAll {
        $script:sim = Start-GiosgSimulator -Chats 600 -Seed 5
        Connect-Sim $sim
        $script:chats = Get-GiosgSimulatorChat $sim | Where-Object room_organization_id -eq $sim.OrganizationId
    }
    AfterAll {
        Disconnect-Giosg
        Stop-GiosgSimulator $sim
    }

    It 'streams the ended chats of a room newest first, typed, with the filters sent to the API' {
        $room = ($chats | Group-Object room_id | Sort-Object Count -Descending | Select-Object -First 1).Name
        Clear-GiosgSimulatorRequest $sim

        $result = @(Get-GiosgChatTranscript -Ended -RoomId $room -OrderBy EndTime -Descending)

        $expected = @($chats | Where-Object { $_.room_id -eq $room -and $_.is_ended })
        $result.Count | Should -Be $expected.Count
        $result[0].PSObject.TypeNames[0] | Should -Be 'Giosg.Client.Chats.LegacyChat'
        $result[0].EndTime | Should -BeGreaterOrEqual $result[-1].EndTime
        $query = (Get-GiosgSimulatorRequest $sim | Select-Object -First 1).query
        $query | Should -Match 'only_ended=true'
        $query | Should -Match 'ordering=-end_time'
        $query | Should -Match "room_id=$room"
        $query | Should -Match 'page_size=100'
    }

    It 'has three-state switches: -RealConversation:$false asks for the other chats' {
        $real = @(Get-GiosgChatTranscript -RealConversation).Count
        $notReal = @(Get-GiosgChatTranscript -RealConversation:$false).Count
        $real | Should -BeGreaterThan 0
        $notReal | Should -BeGreaterThan 0
        ($real + $notReal) | Should -Be @($chats).Count
    }

    It 'shows a table view and carries messages, carts and API data' {
        $sale = Get-GiosgChatTranscript -HasSales -First 1
        $sale.ShoppingCarts[0].Products.Count | Should -BeGreaterThan 0
        $text = $sale | Out-String
        $text | Should -Match 'Msgs'
        $text | Should -Match $sale.Id
        @(Get-GiosgChatTranscript -MinMessageCount 2 -First 5 | ForEach-Object Logs).Count | Should -BeGreaterThan 0
    }

    It 'refuses contradicting filters with a typed error before any request' {
        Clear-GiosgSimulatorRequest $sim
        { Get-GiosgChatTranscript -Ended:$false -EndedBefore '2026-01-01' -ErrorAction Stop } | Should -Throw -ErrorId 'GiosgInvalidArgument,Giosg.PowerShell.Transcripts.GetGiosgChatTranscriptCommand'
        @(Get-GiosgSimulatorRequest $sim).Count | Should -Be 0
    }
}

Describe 'Export-GiosgChat' {
    BeforeAll {
        $script:sim = Start-GiosgSimulator -Chats 800 -Seed 9
        Connect-Sim $sim
        $script:path = Join-Path $TestDrive 'chats.jsonl'
    }
    AfterAll {
        Disconnect-Giosg
        Stop-GiosgSimulator $sim
    }

    It 'writes every ended chat once, with a summary to the information stream and -PassThru' {
        Clear-GiosgSimulatorRequest $sim
        $summary = Export-GiosgChat -Path $path -PassThru -InformationVariable info

        $ended = Get-EndedOwnedId $sim
        $summary.ChatsWritten | Should -Be $ended.Count
        $summary.Requests | Should -Be @(Get-GiosgSimulatorRequest $sim).Count
        $info.MessageData.ChatsWritten | Should -Be $ended.Count
        Get-ExportedId $path | Should -Be $ended
        Test-Path "$path.state.json" | Should -BeTrue
        ($summary | Out-String) | Should -Match 'ChatsWritten'
    }

    It 'appends nothing and sends two requests when nothing has ended since' {
        Clear-GiosgSimulatorRequest $sim
        $summary = Export-GiosgChat -Path $path -PassThru
        $summary.ChatsWritten | Should -Be 0
        @(Get-GiosgSimulatorRequest $sim).Count | Should -Be 2
    }

    It 'stops with GiosgExportFileUnusable when the options differ from the file''s' {
        $length = (Get-Item $path).Length
        { Export-GiosgChat -Path $path -Format Csv -ErrorAction Stop } | Should -Throw -ErrorId 'GiosgExportFileUnusable,Giosg.PowerShell.Transcripts.ExportGiosgChatCommand'
        (Get-Item $path).Length | Should -Be $length
    }
}

Describe 'Export-GiosgChat killed mid-run in a child pwsh, then run again' {
    BeforeAll {
        # Slow pages (latency) and chats ending while it runs (churn, all at one moment: ties).
        $script:sim = Start-GiosgSimulator -Chats 4000 -Seed 4 -LatencyMs 150 -Churn '3:90'
        $script:path = Join-Path $TestDrive 'killed.jsonl'
        $script:child = @"
Import-Module '$env:GIOSG_TEST_MODULE'
Connect-Giosg -OrganizationId '$($sim.OrganizationId)' -ApiToken (ConvertTo-SecureString '$($sim.Token)' -AsPlainText -Force) -BaseUri '$($sim.BaseUri)'
Export-GiosgChat -Path '$path'
"@
    }
    AfterAll {
        Stop-GiosgSimulator $sim
    }

    It 'leaves a file the next run completes with every ended chat exactly once' {
        $startInfo = [System.Diagnostics.ProcessStartInfo]::new([Environment]::ProcessPath)
        foreach ($argument in @((Join-Path $PSHOME 'pwsh.dll'), '-NoProfile', '-NonInteractive', '-Command', $child)) { $startInfo.ArgumentList.Add($argument) }
        $startInfo.UseShellExecute = $false
        $process = [System.Diagnostics.Process]::Start($startInfo)
        try {
            # Wait for the file to grow past a few pages (the export writes a page at a time), then kill the process outright.
            while (-not $process.HasExited -and -not ((Test-Path $path) -and (Get-Item $path).Length -gt 300KB)) {
                $null = $process.WaitForExit(20)
            }
            $process.HasExited | Should -BeFalse -Because 'the export must still be running when it is killed'
            $process.Kill($true)
            $process.WaitForExit()
        }
        finally {
            if (-not $process.HasExited) { $process.Kill($true) }
        }

        $killedAt = (Get-Item $path).Length
        $killedAt | Should -BeGreaterThan 300KB
        # A kill inside write() tears the last line; whether or not this one did, make sure the repair runs.
        [System.IO.File]::AppendAllText($path, '{"id":"3f0c', [System.Text.UTF8Encoding]::new($false))

        Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $sim.Token -AsPlainText -Force) -BaseUri $sim.BaseUri
        try {
            $summary = Export-GiosgChat -Path $path -PassThru -Verbose 4>&1 | Tee-Object -Variable streams | Where-Object { $_.PSObject.TypeNames -contains 'Giosg.Client.Export.ChatExportSummary' }
            # Chats that ended during that run, after its last page, are the next run's: stop the churn and run once more.
            $null = Invoke-RestMethod -Method Put -Uri ([uri]::new($sim.BaseUri, '/_simulator/listing?churn=0:0'))
            $last = Export-GiosgChat -Path $path -PassThru
        }
        finally {
            Disconnect-Giosg
        }

        $summary.RepairedBytes | Should -BeGreaterOrEqual 11
        ($streams | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message -join "`n" | Should -Match 'torn last line'
        $summary.ChatsWritten | Should -BeGreaterThan 0
        $summary.ResumedAfter | Should -Not -BeNullOrEmpty
        $last.ResumedAfter | Should -Not -BeNullOrEmpty
        $exported = Get-ExportedId $path
        $exported.Count | Should -Be (@($exported | Select-Object -Unique).Count) -Because 'no chat may appear twice'
        $exported | Should -Be (Get-EndedOwnedId $sim)
    }
}
