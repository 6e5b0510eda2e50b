# Loads the cmdlet assembly built for this edition: netstandard2.0 on Windows PowerShell
# (.NET Framework), net8.0 on PowerShell 7.4+ (which runs on .NET 8 or later).
if ($PSEdition -eq 'Core') {
    if ($PSVersionTable.PSVersion -lt [version]'7.4') {
        throw "Giosg.PowerShell needs PowerShell 7.4 or later (this is $($PSVersionTable.PSVersion)), or Windows PowerShell 5.1."
    }
    $framework = 'net8.0'
}
else {
    $framework = 'netstandard2.0'
}

$binaryModule = Import-Module -Name (Join-Path $PSScriptRoot "$framework/Giosg.PowerShell.dll") -PassThru -ErrorAction Stop

# Removing this module removes the binary module it loaded.
$ExecutionContext.SessionState.Module.OnRemove = {
    Remove-Module -ModuleInfo $binaryModule -ErrorAction SilentlyContinue
}.GetNewClosure()
