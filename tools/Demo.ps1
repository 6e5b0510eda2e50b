<#
.SYNOPSIS
    The module's main job against a simulated organization: the nightly sweep of stale chats.
.DESCRIPTION
    Starts the simulator with 5,000 seeded chats, connects to it, shows a few chats, then runs
    Close-GiosgStaleChat for open external chats idle for more than a week: first as a dry run
    (-WhatIf), then for real, printing the per-chat results and the summary. Run it through
    `./build.ps1 -Task Demo`, which builds the module first.
#>
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'GiosgSimulator.psm1')
Import-Module (Join-Path $PSScriptRoot '../out/Giosg.PowerShell/Giosg.PowerShell.psd1') -Force

$sim = Start-GiosgSimulator -Chats 5000 -Seed 1 -Now ([datetimeoffset]::UtcNow.ToString('o'))
try {
    Write-Host "Simulated Giosg API at $($sim.BaseUri) (organization $($sim.OrganizationId))"
    Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $sim.Token -AsPlainText -Force) -BaseUri $sim.BaseUri
    Get-GiosgConnection | Format-List

    Write-Host 'Newest five chats:'
    Get-GiosgChat -Descending | Select-Object -First 5 | Format-Table

    # IdleTime is a TimeSpan; its default text (26.05:35:07.1075059) is unreadable in a table.
    $idle = @{ Name = 'IdleTime'; Expression = { '{0:0.0} days' -f $_.IdleTime.TotalDays } }
    function Show($rows) { $rows | Format-Table Outcome, ChatId, ChatType, RoomName, $idle, Reason -AutoSize | Out-String -Width 220 | Write-Host }

    Write-Host 'Dry run (-WhatIf), capped at ten chats with -MaxCount: open external chats idle for more than 7 days'
    Show (Close-GiosgStaleChat -IdleFor (New-TimeSpan -Days 7) -WhatIf -MaxCount 10 | Where-Object Outcome -eq 'WouldEnd')

    Write-Host 'The nightly sweep, for real (first ten results and the summary):'
    $run = Close-GiosgStaleChat -IdleFor (New-TimeSpan -Days 7) -Force -ThrottleLimit 8 -Tag 'auto-closed' -Summary
    Show ($run | Select-Object -SkipLast 1 | Select-Object -First 10)
    $run | Select-Object -Last 1 | Format-List

    Write-Host 'A second run right after finds nothing to end:'
    Close-GiosgStaleChat -IdleFor (New-TimeSpan -Days 7) -Force -Summary | Select-Object -Last 1 | Format-List
}
finally {
    Disconnect-Giosg
    Stop-GiosgSimulator $sim
}
