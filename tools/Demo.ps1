<#
.SYNOPSIS
    The module's main job against a simulated organization: find the open external chats that
    have been idle for more than a week (the "ghost chats" housekeeping ends).
.DESCRIPTION
    Starts the simulator with 5,000 seeded chats, connects to it and streams its chats. Run it
    through `./build.ps1 -Task Demo`, which builds the module first.
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

    $threshold = [datetimeoffset]::UtcNow.AddDays(-7)
    $ghosts = Get-GiosgChat -Status Open -ChatType external | Where-Object UpdatedAt -lt $threshold
    Write-Host "Open external chats idle for more than 7 days: $(@($ghosts).Count) (Close-GiosgStaleChat will end these)"
    $ghosts | Sort-Object UpdatedAt | Select-Object -First 10 | Format-Table
}
finally {
    Disconnect-Giosg
    Stop-GiosgSimulator $sim
}
