<#
.SYNOPSIS
    Builds, tests and (later) packages Giosg.PowerShell: the one script a maintainer runs.
.EXAMPLE
    ./build.ps1                # Build: dotnet build -c Release, module laid out at out/Giosg.PowerShell
.EXAMPLE
    ./build.ps1 -Task Test     # Build, xunit (dotnet test, real-engine tests included), then Pester against the built module in a fresh pwsh
.EXAMPLE
    ./build.ps1 -Task Package  # Build, then out/package/: a versioned module folder and Giosg.PowerShell.zip for Azure Automation
.EXAMPLE
    ./build.ps1 -Task Demo     # Build, then run the nightly stale-chat sweep (dry run, then for real) on a simulated org
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Demo')]
    [string] $Task = 'Build',

    # Package what out/Giosg.PowerShell holds without building again.
    [switch] $NoBuild
)

$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Native([string] $Command, [string[]] $Arguments) {
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Command $($Arguments -join ' ') failed with exit code $LASTEXITCODE." }
}

# Start a fresh process of the PowerShell running this script (the repository's local dotnet tool, or
# any pwsh 7.4+), never whatever 'pwsh' PATH holds.
function Invoke-FreshPwsh([string[]] $Arguments) {
    Invoke-Native ([Environment]::ProcessPath) (@((Join-Path $PSHOME 'pwsh.dll'), '-NoProfile', '-NonInteractive') + $Arguments)
}

function Invoke-Build {
    # Always Release: that build lays out the module, its help and Pester in out/ (ModuleLayout.targets).
    Invoke-Native dotnet @('build', 'Giosg.PowerShell.sln', '-c', 'Release')
    Write-Host "Module ready at $(Join-Path $PSScriptRoot 'out/Giosg.PowerShell')"
}

function Invoke-Test {
    Invoke-Build
    $results = Join-Path $PSScriptRoot 'out/test-results'
    Remove-Item $results -Recurse -Force -ErrorAction SilentlyContinue
    try {
        Invoke-Native dotnet @('test', 'Giosg.PowerShell.sln', '-c', 'Release', '--no-build', '--logger', 'trx', '--results-directory', $results)
    }
    finally {
        $counters = Get-ChildItem $results -Filter *.trx -ErrorAction SilentlyContinue | ForEach-Object { ([xml](Get-Content -Raw -LiteralPath $_.FullName)).TestRun.ResultSummary.Counters }
        "xunit: $(($counters.passed | Measure-Object -Sum).Sum) passed, $(($counters.failed | Measure-Object -Sum).Sum) failed"
    }
    # A fresh process: the module must import into a clean session, not this one.
    Invoke-FreshPwsh @('-File', (Join-Path $PSScriptRoot 'tests/pester/Invoke-Tests.ps1'))
}

function Invoke-Package {
    if (-not $NoBuild) { Invoke-Build }
    $module = Join-Path $PSScriptRoot 'out/Giosg.PowerShell'
    $version = (Import-PowerShellDataFile (Join-Path $module 'Giosg.PowerShell.psd1')).ModuleVersion
    $package = Join-Path $PSScriptRoot 'out/package'
    Remove-Item $package -Recurse -Force -ErrorAction SilentlyContinue

    # Install-able layout: <PSModulePath>/Giosg.PowerShell/<version>/...
    $versioned = Join-Path $package "Giosg.PowerShell/$version"
    New-Item -ItemType Directory $versioned -Force | Out-Null
    Copy-Item (Join-Path $module '*') $versioned -Recurse
    $null = Test-ModuleManifest (Join-Path $versioned 'Giosg.PowerShell.psd1') -ErrorAction Stop

    # Azure Automation imports a zip named after the module that holds the module's folder.
    $staging = Join-Path $package 'zip/Giosg.PowerShell'
    New-Item -ItemType Directory $staging -Force | Out-Null
    Copy-Item (Join-Path $module '*') $staging -Recurse
    Compress-Archive -Path $staging -DestinationPath (Join-Path $package 'Giosg.PowerShell.zip') -Force
    Remove-Item (Join-Path $package 'zip') -Recurse -Force
    Write-Host "Packaged Giosg.PowerShell $version in $package"
}

function Invoke-Demo {
    Invoke-Build
    # A fresh process, so the freshly built module is the one imported.
    Invoke-FreshPwsh @('-File', (Join-Path $PSScriptRoot 'tools/Demo.ps1'))
}

switch ($Task) {
    'Build' { Invoke-Build }
    'Test' { Invoke-Test }
    'Package' { Invoke-Package }
    'Demo' { Invoke-Demo }
}
