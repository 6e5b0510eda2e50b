<#
.SYNOPSIS
    Runs the Pester suite against the built module (out/Giosg.PowerShell) in this pwsh.
.DESCRIPTION
    Expects `dotnet build Giosg.PowerShell.sln -c Release` to have run: it imports the laid-out
    module and starts the built simulator. Exits non-zero when a test fails.
#>
[CmdletBinding()]
param(
    [string] $OutputFile
)

$ErrorActionPreference = 'Stop'
# CI logs are plain text: no ANSI colour sequences.
$PSStyle.OutputRendering = 'PlainText'
Import-Module Pester -MinimumVersion 5.0

$configuration = New-PesterConfiguration
$configuration.Run.Path = $PSScriptRoot
$configuration.Run.Exit = $false
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
if ($OutputFile) {
    $configuration.TestResult.Enabled = $true
    $configuration.TestResult.OutputPath = $OutputFile
}

$result = Invoke-Pester -Configuration $configuration
# The plain closing line CI reads, then an exit code that gates.
"pester: $($result.PassedCount) passed, $($result.FailedCount) failed, $($result.SkippedCount) skipped"
if ($result.FailedCount -gt 0 -or $result.Result -ne 'Passed') {
    exit 1
}
