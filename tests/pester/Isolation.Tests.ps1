BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../tools/GiosgSimulator.psm1') -Force
    $script:manifest = (Resolve-Path $env:GIOSG_TEST_MODULE).Path
    $script:sim = Start-GiosgSimulator -Chats 100 -Seed 2
}

AfterAll { Stop-GiosgSimulator $sim }

Describe 'Dependency isolation' {
    It 'keeps the client and third-party assemblies out of the module folder''s root' {
        $root = Join-Path (Split-Path $manifest) 'net8.0'
        (Get-ChildItem $root -Filter *.dll).Name | Should -Be 'Giosg.PowerShell.dll'
        (Get-ChildItem (Join-Path $root 'dependencies') -Filter *.dll).Name | Should -Contain 'Polly.Core.dll'
    }

    # Private load contexts exist only on PowerShell 7 with the net8.0 build; the netstandard2.0 build
    # relies on .NET Framework loading strong-named versions side by side, which a .NET host does not.
    It 'imports and lists chats in a session that already loaded another Polly.Core' -Skip:($env:GIOSG_TEST_EDITION -eq 'netstandard2.0') {
        $impostor = Join-Path $TestDrive 'Polly.Core.dll'
        # A fresh process: the other module's Polly must be there before ours is imported.
        $script = @"
`$ErrorActionPreference = 'Stop'
# Another module's Polly.Core 7.0.0.0, loaded into the default context first.
`$builder = [System.Reflection.Emit.PersistedAssemblyBuilder]::new([System.Reflection.AssemblyName]::new('Polly.Core, Version=7.0.0.0'), [object].Assembly)
`$null = `$builder.DefineDynamicModule('Polly.Core').DefineType('Polly.Impostor', 'Public, Abstract, Sealed').CreateType()
`$builder.Save('$impostor')
Add-Type -Path '$impostor'
Import-Module '$manifest'
Connect-Giosg -OrganizationId '$($sim.OrganizationId)' -ApiToken (ConvertTo-SecureString '$($sim.Token)' -AsPlainText -Force) -BaseUri '$($sim.BaseUri)'
`$chats = @(Get-GiosgChat -First 3)
`$contexts = [System.Runtime.Loader.AssemblyLoadContext]
[pscustomobject]@{
    Count         = `$chats.Count
    ClientContext = `$contexts::GetLoadContext(`$chats[0].GetType().Assembly).Name
    Pollies       = @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'Polly.Core' } | ForEach-Object { '{0}@{1}' -f `$_.GetName().Version, `$contexts::GetLoadContext(`$_).Name })
} | ConvertTo-Json -Compress
"@
        $json = pwsh -NoProfile -NonInteractive -Command $script
        $LASTEXITCODE | Should -Be 0 -Because ($json | Out-String)
        $result = $json | Select-Object -Last 1 | ConvertFrom-Json
        $result.Count | Should -Be 3
        $result.ClientContext | Should -Be 'Giosg.PowerShell.Dependencies'
        $result.Pollies | Should -Contain '7.0.0.0@Default'
        $result.Pollies | Where-Object { $_ -like '8.*@Giosg.PowerShell.Dependencies' } | Should -Not -BeNullOrEmpty
    }

    It 'unhooks dependency resolution when the module is removed and imports again' {
        $script = @"
Import-Module '$manifest'
Remove-Module Giosg.PowerShell
Import-Module '$manifest'
(Get-Command Get-GiosgChat).Name
"@
        pwsh -NoProfile -NonInteractive -Command $script | Should -Be 'Get-GiosgChat'
    }
}
