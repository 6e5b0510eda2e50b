<#
.SYNOPSIS
    Close-GiosgStaleChat against a naive collect-then-end script, side by side, in both cursor modes.
.DESCRIPTION
    Picks -IdleFor from the seeded data so that exactly -Stale open external chats of the organization are
    stale (as the e2e harness's sweep plan does), then, for each cursor mode (keys, offsets), on a fresh
    simulator each (same seed, -LatencyMs added to every API request) runs in this pwsh:
      naive  - $stale = @(Get-GiosgChat -Status Open -ChatType external | Where-Object { ($now - $_.UpdatedAt) -gt $idle })
               $stale | Stop-GiosgChat -Force      (one PATCH per chat, one at a time)
      module - Close-GiosgStaleChat -IdleFor $idle -Force -ThrottleLimit 8 -AsOf $now -Summary
    $now is the simulator's fixed "now". Afterwards the simulator's own chats are counted: no stale chat may be
    left open and exactly -Stale chats may have been ended; the script fails on a wrong count, never on timing.
    Prints wall time, each way's floor, chats ended against stale, and naive ÷ module.
    Progress bars are off for both ways ($ProgressPreference), as in a scheduled job.
    Needs `dotnet build Giosg.PowerShell.sln -c Release`. Run: dotnet pwsh -NoProfile -File bench/pwsh/Compare-Sweep.ps1
#>
[CmdletBinding()]
param(
    # Chats in the seeded organization; about 11.5 % of them are open in its own rooms (34,800 give ~4,000).
    [int] $Chats = 34800,
    [int] $Stale = 1000,
    [int] $LatencyMs = 50,
    [int] $ThrottleLimit = 8,
    [ValidateSet('keys', 'offsets')] [string[]] $Cursors = @('keys', 'offsets')
)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
Import-Module (Join-Path $root 'tools/GiosgSimulator.psm1') -Force
Import-Module (Join-Path $root 'out/Giosg.PowerShell/Giosg.PowerShell.psd1') -Force
$now = [datetimeoffset]'2026-06-01T12:00:00Z'   # Start-GiosgSimulator's default -Now
$seed = 1
$rtt = $LatencyMs / 1000

function Get-SimChat($sim) {
    # Dates as text: the simulator writes them with and without 'Z' and means UTC either way.
    $http = [System.Net.Http.HttpClient]::new()
    try { $http.GetStringAsync([uri]::new($sim.BaseUri, '/_simulator/chats')).GetAwaiter().GetResult() | ConvertFrom-Json -DateKind String }
    finally { $http.Dispose() }
}

function Get-Idle($chat) {
    $now - [datetimeoffset]::Parse($chat.updated_at, [cultureinfo]::InvariantCulture, [System.Globalization.DateTimeStyles]::AssumeUniversal)
}

function Connect-Sim($sim) {
    Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $sim.Token -AsPlainText -Force) -BaseUri $sim.BaseUri
}

# The plan, on a simulator without latency; it also warms both ways up (JIT, module load).
$sim = Start-GiosgSimulator -Chats $Chats -Seed $seed
try {
    $all = Get-SimChat $sim
    $open = @($all | Where-Object { -not $_.is_ended -and [guid]$_.room_organization_id -eq $sim.OrganizationId })
    $idleTimes = @($open | Where-Object chat_type -EQ 'external' | ForEach-Object { Get-Idle $_ } | Sort-Object -Descending)
    if ($idleTimes.Count -le $Stale) { throw "Only $($idleTimes.Count) open external chats; $Stale cannot be stale." }
    $idle = [timespan]::FromMinutes([math]::Ceiling($idleTimes[$Stale].TotalMinutes))
    $k = @($idleTimes | Where-Object { $_ -gt $idle }).Count
    $endedBefore = @($all | Where-Object is_ended).Count
    Connect-Sim $sim
    Close-GiosgStaleChat -IdleFor $idle -Force -ThrottleLimit $ThrottleLimit -AsOf $now -MaxCount 16 | Out-Null
    Get-GiosgChat -Status Open -ChatType external | Where-Object { ($now - $_.UpdatedAt) -gt $idle } | Select-Object -First 16 | Stop-GiosgChat -Force
}
finally { Stop-GiosgSimulator $sim }

$pages = [math]::Ceiling($open.Count / 100)
$confirmingPages = [math]::Ceiling(($open.Count - $k) / 100)
Write-Host ("Plan: {0:N0} chats, {1:N0} open in the organization's rooms ({2} pages), {3:N0} stale external (idle > {4:0.00} days), {5} ms RTT, ThrottleLimit {6}" -f `
        $Chats, $open.Count, $pages, $k, $idle.TotalDays, $LatencyMs, $ThrottleLimit)

$ways = [ordered]@{
    naive  = @{
        Floor  = ($pages + $k) * $rtt
        Script = {
            $stale = @(Get-GiosgChat -Status Open -ChatType external | Where-Object { ($now - $_.UpdatedAt) -gt $idle })
            $stale | Stop-GiosgChat -Force
            $stale.Count
        }
    }
    module = @{
        Floor  = ($pages * $rtt) + (2 * $k * $rtt / $ThrottleLimit)
        Script = {
            $summary = Close-GiosgStaleChat -IdleFor $idle -Force -ThrottleLimit $ThrottleLimit -AsOf $now -Summary | Select-Object -Last 1
            "$($summary.Ended) ($($summary.Passes) listing passes)"
        }
    }
}

$failures = [System.Collections.Generic.List[string]]::new()
$rows = foreach ($mode in $Cursors) {
    foreach ($name in $ways.Keys) {
        $sim = Start-GiosgSimulator -Chats $Chats -Seed $seed -Cursors $mode -LatencyMs $LatencyMs
        try {
            Connect-Sim $sim
            [GC]::Collect()
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $reported = & $ways[$name].Script
            $clock.Stop()
            $after = Get-SimChat $sim
            $ended = @($after | Where-Object is_ended).Count - $endedBefore
            $left = @($after | Where-Object { -not $_.is_ended -and $_.chat_type -eq 'external' -and [guid]$_.room_organization_id -eq $sim.OrganizationId -and (Get-Idle $_) -gt $idle }).Count
            if ($ended -ne $k -or $left -ne 0) { $failures.Add("$name, $mode cursors: $ended chats ended (expected $k), $left stale chats left open") }
            $floor = $ways[$name].Floor
            [pscustomobject]@{
                Cursors = $mode; Way = $name; WallSeconds = [math]::Round($clock.Elapsed.TotalSeconds, 2); FloorSeconds = [math]::Round($floor, 2)
                WallOverFloor = [math]::Round($clock.Elapsed.TotalSeconds / $floor, 2); Ended = $ended; Stale = $k; StaleLeftOpen = $left; Reported = $reported
            }
        }
        finally { Stop-GiosgSimulator $sim }
    }
}

$rows | Format-Table -AutoSize | Out-String -Width 200 | Write-Host
foreach ($mode in $Cursors) {
    $naive, $module = @($rows | Where-Object Cursors -EQ $mode)
    Write-Host ("{0} cursors: naive / module wall {1:0.00}x; module confirming pass adds {2} pages ({3:0.00} s) to its floor" -f $mode, ($naive.WallSeconds / $module.WallSeconds), $confirmingPages, ($confirmingPages * $rtt))
}
Write-Host "Load average $(((Get-Content /proc/loadavg -ErrorAction SilentlyContinue) -split ' ')[0..2] -join ' ') ($([Environment]::ProcessorCount) cores)"
if ($failures.Count -gt 0) {
    $failures | ForEach-Object { Write-Host "COUNT MISMATCH $_" }
    exit 1
}
