# Starts and stops the Giosg simulator (a real HTTP server on loopback) for the Pester suite,
# the demo and dry runs.

function Start-GiosgSimulator {
    [CmdletBinding()]
    param(
        [int] $Chats = 1000,
        [int] $Seed = 1,
        [int] $PageSize = 100,
        [string] $Now = '2026-06-01T12:00:00Z',

        # Transient faults in a share of requests, 'mixed:RATE', e.g. 'mixed:0.1' (see src/Giosg.Simulator/README.md).
        [string] $Faults,

        [int] $FaultSeed = 1,
        [ValidateSet('keys', 'offsets')] [string] $Cursors = 'keys',
        [string] $Churn,

        # Delay added to every API request: the round trip a real network would cost.
        [int] $LatencyMs = 0
    )

    $root = Resolve-Path (Join-Path $PSScriptRoot '..')
    $dll = Join-Path $root 'src/Giosg.Simulator/bin/Release/net10.0/Giosg.Simulator.dll'
    if (-not (Test-Path $dll)) {
        throw "The simulator is not built at $dll; run 'dotnet build Giosg.PowerShell.sln -c Release' first."
    }

    $startInfo = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    $arguments = @($dll, '--chats', $Chats, '--seed', $Seed, '--page-size', $PageSize, '--now', $Now, '--exit-on-stdin-close')
    if ($Faults) { $arguments += @('--faults', $Faults, '--fault-seed', $FaultSeed) }
    $arguments += @('--cursors', $Cursors)
    if ($Churn) { $arguments += @('--churn', $Churn) }
    if ($LatencyMs) { $arguments += @('--latency-ms', $LatencyMs) }
    foreach ($argument in $arguments) {
        $startInfo.ArgumentList.Add([string]$argument)
    }
    $startInfo.RedirectStandardInput = $true
    $startInfo.RedirectStandardOutput = $true
    $startInfo.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($startInfo)

    # The first line is the machine-readable description of the running simulator.
    $info = $process.StandardOutput.ReadLine() | ConvertFrom-Json
    if (-not $info) {
        $process.Kill()
        throw 'The simulator did not start.'
    }

    [pscustomobject]@{
        Process        = $process
        BaseUri        = [uri]$info.baseUri
        OrganizationId = [guid]$info.organizationId
        UserId         = [guid]$info.userId
        Token          = [string]$info.token
        Chats          = [int]$info.chats
    }
}

function Stop-GiosgSimulator {
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Simulator)

    # Closing standard input asks the simulator to exit; kill it if it lingers.
    $Simulator.Process.StandardInput.Close()
    if (-not $Simulator.Process.WaitForExit(10000)) {
        $Simulator.Process.Kill()
    }
}

function Get-GiosgSimulatorRequest {
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Simulator)
    # Invoke-RestMethod writes a JSON array as one object; assigning first enumerates it.
    $requests = Invoke-RestMethod -Uri ([uri]::new($Simulator.BaseUri, '/_simulator/requests'))
    $requests
}

function Clear-GiosgSimulatorRequest {
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Simulator)
    $null = Invoke-RestMethod -Method Delete -Uri ([uri]::new($Simulator.BaseUri, '/_simulator/requests'))
}

function Set-GiosgSimulatorReading {
    # Plays other readings of the API documents (see src/Giosg.Simulator/README.md); none without -Reading.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] $Simulator,
        [ValidateSet('NewestFirstByDefault', 'ExclusiveCreatedRange', 'EndedChatRefusesNewTags', 'RoomChatsInOlderShape', 'PrivateChatHistory', 'MembershipUpdateWithoutBody')]
        [string[]] $Reading = @()
    )
    $query = 'set=' + [uri]::EscapeDataString($Reading -join ',')
    $null = Invoke-RestMethod -Method Put -Uri ([uri]::new($Simulator.BaseUri, "/_simulator/readings?$query"))
}

function Get-GiosgSimulatorChat {
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Simulator)
    $chats = Invoke-RestMethod -Uri ([uri]::new($Simulator.BaseUri, '/_simulator/chats'))
    $chats
}

Export-ModuleMember -Function Start-GiosgSimulator, Stop-GiosgSimulator, Get-GiosgSimulatorRequest, Clear-GiosgSimulatorRequest, Set-GiosgSimulatorReading, Get-GiosgSimulatorChat
