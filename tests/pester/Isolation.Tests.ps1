BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../tools/GiosgSimulator.psm1') -Force
    $script:manifest = (Resolve-Path $env:GIOSG_TEST_MODULE).Path
    $script:sim = Start-GiosgSimulator -Chats 100 -Seed 2
    $script:edition = if ($env:GIOSG_TEST_EDITION) { $env:GIOSG_TEST_EDITION } else { 'net8.0' }
}

AfterAll { Stop-GiosgSimulator $sim }

Describe 'Dependency isolation' {
    It 'keeps the client and third-party assemblies out of the module folder''s root' {
        $root = Join-Path (Split-Path $manifest) $edition
        (Get-ChildItem $root -Filter *.dll).Name | Should -Be 'Giosg.PowerShell.dll'
        (Get-ChildItem (Join-Path $root 'dependencies') -Filter *.dll).Name | Should -Contain 'Polly.Core.dll'
    }

    It 'answers no other module''s request for Polly.Core, System.Text.Json or Giosg.Client with its own copies' {
        # Right after import, before the module loads anything itself, another module asks for versions
        # the module does not ship (and, on PowerShell 7, for Polly.Core at exactly the module's version):
        # none may be served from the module's dependencies folder. Then the module must still work.
        $folder = (Join-Path (Split-Path $manifest) $edition).TrimEnd('/')
        $pollyVersion = [System.Reflection.AssemblyName]::GetAssemblyName((Join-Path $folder 'dependencies/Polly.Core.dll')).Version
        $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$manifest'
`$requests = @(
    'Polly.Core, Version=7.0.0.0, Culture=neutral, PublicKeyToken=c8a3ffc3f8f825cc',
    'Polly.Core, Version=9.0.0.0, Culture=neutral, PublicKeyToken=c8a3ffc3f8f825cc',
    'System.Text.Json, Version=99.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51',
    'Microsoft.Bcl.TimeProvider, Version=1.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51',
    'Giosg.Client, Version=99.0.0.0'
)
if ('$edition' -eq 'net8.0') { `$requests += 'Polly.Core, Version=$pollyVersion, Culture=neutral, PublicKeyToken=c8a3ffc3f8f825cc' }
foreach (`$request in `$requests) {
    try {
        `$assembly = [System.Reflection.Assembly]::Load(`$request)
        '{0} => {1}' -f `$request, `$assembly.Location
    }
    catch {
        '{0} => not loaded' -f `$request
    }
}
Connect-Giosg -OrganizationId '$($sim.OrganizationId)' -ApiToken (ConvertTo-SecureString '$($sim.Token)' -AsPlainText -Force) -BaseUri '$($sim.BaseUri)'
'listed {0}' -f @(Get-GiosgChat -First 2).Count
"@
        $lines = pwsh -NoProfile -NonInteractive -Command $script
        $LASTEXITCODE | Should -Be 0 -Because ($lines | Out-String)
        $answers = @($lines | Where-Object { $_ -like '* => *' })
        $answers.Count | Should -BeGreaterOrEqual 5 -Because ($lines | Out-String)
        $answers | Where-Object { $_ -like "* => $folder*" } | Should -BeNullOrEmpty -Because ($answers | Out-String)
        $lines | Should -Contain 'listed 2'
    }

    It 'imports and lists chats in a session that already loaded another Polly.Core' {
        if ($edition -ne 'net8.0') {
            Set-ItResult -Skipped -Because 'the netstandard2.0 build relies on .NET Framework''s side-by-side strong-named loading, which PowerShell 7''s single default context cannot stand in for'
            return
        }

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
