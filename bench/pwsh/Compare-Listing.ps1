<#
.SYNOPSIS
    Get-GiosgChat against a naive Invoke-RestMethod loop and the raw-HTTP floor, side by side in one run.
.DESCRIPTION
    Starts the simulator (no added latency, page size 100) and, in this pwsh, lists every owned chat
    three ways, alternating, -Rounds times each:
      floor  - HttpClient GETs following "next" (found with a regex), bodies not parsed;
      module - Get-GiosgChat | Out-Null (the built module from out/Giosg.PowerShell);
      naive  - do { $page = Invoke-RestMethod ...; $page.results } while ($url = $page.next) | Out-Null.
    Prints the median wall time and this process's CPU per chat for each, and the ratios.
    Needs `dotnet build Giosg.PowerShell.sln -c Release`. Run: dotnet pwsh -NoProfile -File bench/pwsh/Compare-Listing.ps1
#>
[CmdletBinding()]
param(
    [int] $Chats = 20000,
    [int] $Rounds = 3
)

$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
Import-Module (Join-Path $root 'tools/GiosgSimulator.psm1') -Force
Import-Module (Join-Path $root 'out/Giosg.PowerShell/Giosg.PowerShell.psd1') -Force
$sim = Start-GiosgSimulator -Chats $Chats -Seed 3 -PageSize 100
try {
    $token = ConvertTo-SecureString $sim.Token -AsPlainText -Force
    Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken $token -BaseUri $sim.BaseUri
    $first = [uri]::new($sim.BaseUri, "api/v5/orgs/$($sim.OrganizationId)/owned_chats")
    $headers = @{ Authorization = "Token $($sim.Token)" }
    $http = [System.Net.Http.HttpClient]::new()
    $http.DefaultRequestHeaders.Add('Authorization', "Token $($sim.Token)")
    $nextPattern = [regex]'^\{"next":\s*(null|"([^"]*)")'

    $ways = [ordered]@{
        floor  = {
            $url = $first.AbsoluteUri
            $pages = 0
            while ($url) {
                $body = $http.GetStringAsync($url).GetAwaiter().GetResult()
                $pages++
                $match = $nextPattern.Match($body)
                $url = if ($match.Groups[2].Success) { $match.Groups[2].Value } else { $null }
            }
        }
        module = { Get-GiosgChat | Out-Null }
        naive  = {
            & {
                $url = $first.AbsoluteUri
                do {
                    $page = Invoke-RestMethod -Uri $url -Headers $headers
                    $page.results
                    $url = $page.next
                } while ($url)
            } | Out-Null
        }
    }

    # Warm every way once (JIT, connections), then measure, alternating.
    foreach ($way in $ways.Values) { & $way }
    $samples = @{}
    foreach ($name in $ways.Keys) { $samples[$name] = [System.Collections.Generic.List[object]]::new() }
    $self = [System.Diagnostics.Process]::GetCurrentProcess()
    for ($round = 1; $round -le $Rounds; $round++) {
        foreach ($name in $ways.Keys) {
            [GC]::Collect()
            $self.Refresh()
            $cpu = $self.TotalProcessorTime
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            & $ways[$name]
            $clock.Stop()
            $self.Refresh()
            $samples[$name].Add([pscustomobject]@{ Wall = $clock.Elapsed.TotalSeconds; CpuUs = ($self.TotalProcessorTime - $cpu).TotalMilliseconds * 1000 / $Chats })
        }
    }

    function Median($values) { $sorted = @($values | Sort-Object); $sorted[[int][math]::Floor($sorted.Count / 2)] }
    $result = foreach ($name in $ways.Keys) {
        [pscustomobject]@{ Way = $name; WallSeconds = [math]::Round((Median $samples[$name].Wall), 2); CpuUsPerChat = [math]::Round((Median $samples[$name].CpuUs), 1) }
    }
    $result | Format-Table -AutoSize | Out-String | Write-Host
    $floor, $module, $naive = $result
    Write-Host ("module / floor wall: {0:0.00}x; naive / module wall: {1:0.00}x; module / naive CPU per chat: {2:0.00}x; chats {3}, rounds {4}, load average {5}" -f `
        ($module.WallSeconds / $floor.WallSeconds), ($naive.WallSeconds / $module.WallSeconds), ($module.CpuUsPerChat / $naive.CpuUsPerChat), $Chats, $Rounds, ((Get-Content /proc/loadavg -ErrorAction SilentlyContinue) -split ' ')[0])
}
finally {
    Stop-GiosgSimulator $sim
}
