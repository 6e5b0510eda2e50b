<#
.SYNOPSIS
    Runs the Pester suite against the built module in this pwsh, with the Pester restored from NuGet.
.DESCRIPTION
    Expects `dotnet build Giosg.PowerShell.sln -c Release` to have run: it lays out the module in
    out/Giosg.PowerShell and Pester in out/tools/Pester (tests/Giosg.PowerShell.EngineTests restores it).
    Nothing comes from the PowerShell Gallery or a global install. Exits non-zero when a test fails
    or the suite cannot start.
.PARAMETER Edition
    Which build of the module to load. netstandard2.0 (Windows PowerShell's build) is staged into
    out/editions/ with a loader that picks it, so its assemblies run in this PowerShell 7 host: a
    test-only way to exercise that edition here; the shipped loader is unchanged.
#>
[CmdletBinding()]
param(
    [ValidateSet('net8.0', 'netstandard2.0')]
    [string] $Edition = 'net8.0',

    # Test files or folders to run; the whole suite by default.
    [string[]] $Path = @($PSScriptRoot),

    [string] $OutputFile
)

$ErrorActionPreference = 'Stop'
# CI logs are plain text: no ANSI colour sequences.
$PSStyle.OutputRendering = 'PlainText'
$root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$module = Join-Path $root 'out/Giosg.PowerShell'
if (-not (Test-Path (Join-Path $module 'Giosg.PowerShell.psd1'))) {
    throw "The module is not built at $module; run 'dotnet build Giosg.PowerShell.sln -c Release' first."
}

$pester = Get-ChildItem (Join-Path $root 'out/tools/Pester/*/Pester.psd1') -ErrorAction SilentlyContinue | Select-Object -First 1
if (-not $pester) {
    throw "Pester is not laid out in out/tools/Pester; run 'dotnet build Giosg.PowerShell.sln -c Release' (tests/Giosg.PowerShell.EngineTests restores it from NuGet)."
}
Import-Module $pester.FullName -Force

if ($Edition -eq 'netstandard2.0') {
    # A copy whose loader takes the netstandard2.0 folder: the assemblies Windows PowerShell would load.
    $staged = Join-Path $root 'out/editions/netstandard2.0/Giosg.PowerShell'
    Remove-Item $staged -Recurse -Force -ErrorAction SilentlyContinue
    New-Item -ItemType Directory $staged -Force | Out-Null
    Copy-Item (Join-Path $module '*') $staged -Recurse
    $loader = Join-Path $staged 'Giosg.PowerShell.psm1'
    (Get-Content -Raw $loader).Replace("`$framework = 'net8.0'", "`$framework = 'netstandard2.0'") | Set-Content $loader
    $module = $staged
}
$env:GIOSG_TEST_MODULE = Join-Path $module 'Giosg.PowerShell.psd1'
$env:GIOSG_TEST_EDITION = $Edition

# Tests that start a fresh PowerShell get this same one (the local dotnet tool), not whatever is on PATH.
# Literal paths: Pester runs tests in its own module scope, which cannot see this script's variables.
$self = Join-Path $PSHOME 'pwsh.dll'
Set-Item function:global:pwsh ([scriptblock]::Create("& '$([Environment]::ProcessPath)' '$self' @args"))

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.Exit = $false
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
if ($OutputFile) {
    $configuration.TestResult.Enabled = $true
    $configuration.TestResult.OutputPath = $OutputFile
}

$result = Invoke-Pester -Configuration $configuration
# The plain closing line CI reads, then an exit code that gates.
"Edition under test: $Edition"
"pester: $($result.PassedCount) passed, $($result.FailedCount) failed, $($result.SkippedCount) skipped"
if ($result.FailedCount -gt 0 -or $result.Result -ne 'Passed') {
    exit 1
}
