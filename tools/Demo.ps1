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

    Write-Host 'Dry run: which open external chats idle for more than 7 days would be ended?'
    $dryRun = Close-GiosgStaleChat -IdleFor (New-TimeSpan -Days 7) -WhatIf
    Write-Host "$(@($dryRun).Count) chats would be ended; the ten idle longest:"
    $dryRun | Sort-Object IdleFor -Descending | Select-Object -First 10 | Format-Table

    Write-Host 'The nightly sweep, for real:'
    $run = Close-GiosgStaleChat -IdleFor (New-TimeSpan -Days 7) -Force -ThrottleLimit 8 -Tag 'auto-closed' -Summary
    $run | Select-Object -SkipLast 1 | Select-Object -First 10 | Format-Table
    $run | Select-Object -Last 1 | Format-List

    Write-Host 'A second run right after finds nothing to end:'
    Close-GiosgStaleChat -IdleFor (New-TimeSpan -Days 7) -Force -Summary | Select-Object -Last 1 | Format-List
}
finally {
    Disconnect-Giosg
    Stop-GiosgSimulator $sim
}
