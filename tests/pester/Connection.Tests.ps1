BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../tools/GiosgSimulator.psm1') -Force
    Import-Module $env:GIOSG_TEST_MODULE -Force
    $script:sim = Start-GiosgSimulator -Chats 200 -Seed 5
    $script:token = ConvertTo-SecureString $sim.Token -AsPlainText -Force
}

AfterAll {
    Disconnect-Giosg
    Stop-GiosgSimulator $sim
}

Describe 'The module' {
    It 'exports exactly the documented cmdlets' {
        $manifest = Import-PowerShellDataFile $env:GIOSG_TEST_MODULE
        (Get-Command -Module Giosg.PowerShell).Name | Sort-Object | Should -Be ($manifest.CmdletsToExport | Sort-Object)
        Get-Command -Module Giosg.PowerShell -CommandType Function, Alias | Should -BeNullOrEmpty
    }

    It 'loads the edition under test (net8.0 unless Invoke-Tests.ps1 -Edition says otherwise)' {
        $edition = if ($env:GIOSG_TEST_EDITION) { $env:GIOSG_TEST_EDITION } else { 'net8.0' }
        (Get-Command Get-GiosgChat).DLL | Should -Match "$([regex]::Escape($edition))[\\/]Giosg\.PowerShell\.dll$"
    }
}

Describe 'Connect-Giosg' {
    AfterEach { Disconnect-Giosg; Remove-Item Env:GIOSG_API_TOKEN, Env:GIOSG_ORGANIZATION_ID -ErrorAction SilentlyContinue }

    It 'keeps a session connection that Get-GiosgConnection shows without the token' {
        Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken $token -BaseUri $sim.BaseUri
        $connection = Get-GiosgConnection
        $connection.OrganizationId | Should -Be $sim.OrganizationId
        $connection.BaseUri.AbsoluteUri | Should -Be ([uri]::new($sim.BaseUri, '/').AbsoluteUri)
        ($connection | Format-List * | Out-String) | Should -Not -Match ([regex]::Escape($sim.Token))
        ($connection | ConvertTo-Json -Depth 3 -WarningAction SilentlyContinue) | Should -Not -Match ([regex]::Escape($sim.Token))
    }

    It 'reads the token and organization from the environment' {
        $env:GIOSG_API_TOKEN = $sim.Token
        $env:GIOSG_ORGANIZATION_ID = $sim.OrganizationId
        Connect-Giosg -BaseUri $sim.BaseUri
        @(Get-GiosgChat -First 3).Count | Should -Be 3
    }

    It 'takes the token from a credential password' {
        $credential = [pscredential]::new('automation', $token)
        Connect-Giosg -OrganizationId $sim.OrganizationId -Credential $credential -BaseUri $sim.BaseUri
        @(Get-GiosgChat -First 1).Count | Should -Be 1
    }

    It 'refuses a missing token with a typed error' {
        { Connect-Giosg -OrganizationId $sim.OrganizationId -BaseUri $sim.BaseUri -ErrorAction Stop } |
            Should -Throw -ErrorId 'GiosgTokenMissing,Giosg.PowerShell.Connections.ConnectGiosgCommand'
    }

    It 'reads the token from a SecretManagement vault through Get-Secret' {
        # A stand-in for Microsoft.PowerShell.SecretManagement's Get-Secret.
        $global:GiosgTestToken = $sim.Token
        function global:Get-Secret { param($Vault, $Name) if ($Vault -eq 'ops' -and $Name -eq 'giosg') { ConvertTo-SecureString $global:GiosgTestToken -AsPlainText -Force } }
        try {
            Connect-Giosg -OrganizationId $sim.OrganizationId -VaultName ops -SecretName giosg -BaseUri $sim.BaseUri -Verbose 4>&1 |
                Out-String | Should -Match "secret 'giosg' of vault 'ops'"
            @(Get-GiosgChat -First 1).Count | Should -Be 1
        }
        finally {
            Remove-Item Function:\Get-Secret
        }
    }

    It 'says how to get SecretManagement when it is not installed' {
        { Connect-Giosg -OrganizationId $sim.OrganizationId -VaultName ops -SecretName giosg -ErrorAction Stop } |
            Should -Throw -ErrorId 'GiosgSecretManagementMissing,Giosg.PowerShell.Connections.ConnectGiosgCommand'
    }

    It 'refuses plain http to a non-loopback host' {
        { Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken $token -BaseUri 'http://service.giosg.com' -ErrorAction Stop } |
            Should -Throw -ErrorId 'GiosgConnectionInvalid,Giosg.PowerShell.Connections.ConnectGiosgCommand'
    }

    It 'returns the connection with -PassThru for -Connection, which outlives a later Connect-Giosg' {
        $first = Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken $token -BaseUri $sim.BaseUri -PassThru
        Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken $token -BaseUri $sim.BaseUri
        @(Get-GiosgChat -First 2 -Connection $first).Count | Should -Be 2
    }

    It 'refuses a connection closed by Disconnect-Giosg with a clear error' {
        $connection = Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken $token -BaseUri $sim.BaseUri -PassThru
        Disconnect-Giosg
        Get-GiosgConnection | Should -BeNullOrEmpty
        { Get-GiosgChat -First 1 -Connection $connection -ErrorAction Stop } |
            Should -Throw -ErrorId 'GiosgConnectionClosed,Giosg.PowerShell.Chats.GetGiosgChatCommand'
    }

    It 'fails a data cmdlet with GiosgNotConnected when there is no connection' {
        { Get-GiosgChat -First 1 -ErrorAction Stop } | Should -Throw -ErrorId 'GiosgNotConnected,Giosg.PowerShell.Chats.GetGiosgChatCommand'
    }

    It 'reports a rejected token as an authentication error that does not quote it' {
        $wrong = 'wrong-token-that-must-not-leak'
        Connect-Giosg -OrganizationId $sim.OrganizationId -ApiToken (ConvertTo-SecureString $wrong -AsPlainText -Force) -BaseUri $sim.BaseUri
        $result = Get-GiosgChat -First 1 -ErrorVariable failures -ErrorAction SilentlyContinue
        $result | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
        $failures[0].FullyQualifiedErrorId | Should -Be 'GiosgAuthenticationFailed,Giosg.PowerShell.Chats.GetGiosgChatCommand'
        ($failures[0] | Format-List * -Force | Out-String) | Should -Not -Match $wrong
    }
}
