BeforeAll {
    $script:root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    pwsh -NoProfile -NonInteractive -File (Join-Path $root 'build.ps1') -Task Package -NoBuild | Out-Null
    $script:package = Join-Path $root 'out/package'
    $script:version = (Import-PowerShellDataFile (Join-Path $root 'module/Giosg.PowerShell.psd1')).ModuleVersion
}

Describe 'build.ps1 -Task Package' {
    It 'lays out a versioned module folder whose manifest is valid' {
        $manifest = Test-ModuleManifest (Join-Path $package "Giosg.PowerShell/$version/Giosg.PowerShell.psd1")
        $manifest.Version | Should -Be ([version]$version)
        $manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $manifest.PrivateData.PSData.Tags | Should -Contain 'Giosg'
        $manifest.PrivateData.PSData.ReleaseNotes | Should -Not -BeNullOrEmpty
    }

    It 'zips the module folder under the module''s name, as Azure Automation imports it' {
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $zip = [System.IO.Compression.ZipFile]::OpenRead((Join-Path $package 'Giosg.PowerShell.zip'))
        try {
            $entries = $zip.Entries.FullName -replace '\\', '/'
            $entries | Should -Contain 'Giosg.PowerShell/Giosg.PowerShell.psd1'
            $entries | Should -Contain 'Giosg.PowerShell/net8.0/Giosg.PowerShell.dll'
            $entries | Should -Contain 'Giosg.PowerShell/netstandard2.0/dependencies/System.Text.Json.dll'
        }
        finally {
            $zip.Dispose()
        }
    }

    It 'imports from the versioned folder in a fresh session' {
        $saved = $env:PSModulePath
        try {
            # Found by name through PSModulePath, as after Install-Module or a copy into a modules folder.
            $env:PSModulePath = "$package$([IO.Path]::PathSeparator)$saved"
            pwsh -NoProfile -NonInteractive -Command 'Import-Module Giosg.PowerShell -ErrorAction Stop; (Get-Module Giosg.PowerShell).Version.ToString()' | Should -Be $version
        }
        finally {
            $env:PSModulePath = $saved
        }
    }
}
