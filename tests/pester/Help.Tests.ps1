# The help a Release build generates (tools/Giosg.HelpGen, run by src/Giosg.PowerShell/Help.targets),
# read through Get-Help as users read it.

BeforeDiscovery {
    # One test per command and parameter: discovery needs the module's commands.
    $manifest = $env:GIOSG_TEST_MODULE
    Import-Module $manifest -Force
    $commonParameters = [System.Management.Automation.Cmdlet]::CommonParameters
    $commands = foreach ($name in (Import-PowerShellDataFile $manifest).CmdletsToExport) {
        @{
            Name       = $name
            Parameters = @((Get-Command $name).Parameters.Keys | Where-Object { $_ -notin $commonParameters })
        }
    }
}

BeforeAll {
    $script:moduleRoot = Split-Path $env:GIOSG_TEST_MODULE
    Import-Module (Join-Path $moduleRoot 'Giosg.PowerShell.psd1') -Force
    $script:exported = @((Get-Command -Module Giosg.PowerShell).Name)
    $script:commonParameters = [System.Management.Automation.Cmdlet]::CommonParameters
}

Describe 'Help of <Name>' -ForEach $commands {
    BeforeAll {
        $help = Get-Help $Name -Full
        $command = Get-Command $Name
    }

    It 'has a synopsis that is not the generated syntax' {
        # Without a help file, Get-Help makes the synopsis from the syntax.
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis.Trim() | Should -Not -BeLike "$Name *"
        $help.Synopsis | Should -Not -Match 'CommonParameters'
    }

    It 'has a description' {
        ($help.description.Text -join ' ').Trim() | Should -Not -BeNullOrEmpty
    }

    It 'describes -<_>' -ForEach $Parameters {
        $parameter = $help.parameters.parameter | Where-Object name -EQ $_
        $parameter | Should -Not -BeNullOrEmpty -Because 'help lists every parameter but the common ones'
        ($parameter.description.Text -join ' ').Trim() | Should -Not -BeNullOrEmpty
    }

    It 'lists only parameters the command has' {
        $help.parameters.parameter.name | Where-Object { $_ -notin $command.Parameters.Keys } | Should -BeNullOrEmpty
    }

    It 'shows one syntax per parameter set, with that set''s parameters' {
        $shown = @($help.syntax.syntaxItem | ForEach-Object { (@($_.parameter.name) | Sort-Object) -join ' ' })
        $sets = @($command.ParameterSets | ForEach-Object {
                (@($_.Parameters.Name | Where-Object { $_ -notin $commonParameters }) | Sort-Object) -join ' '
            })
        $shown | Sort-Object | Should -Be ($sets | Sort-Object)
    }

    It 'has at least two examples, each with code and what it does' {
        $examples = @($help.examples.example)
        $examples.Count | Should -BeGreaterOrEqual 2
        foreach ($example in $examples) {
            $example.code | Should -Not -BeNullOrEmpty -Because $example.title
            ($example.remarks.Text -join ' ').Trim() | Should -Not -BeNullOrEmpty -Because $example.title
        }
    }

    It 'has examples that parse and give the module''s cmdlets only parameters they have' {
        foreach ($example in @($help.examples.example)) {
            $tokens = $errors = $null
            $ast = [System.Management.Automation.Language.Parser]::ParseInput($example.code, [ref] $tokens, [ref] $errors)
            $errors | Should -BeNullOrEmpty -Because "$($example.title) must be valid PowerShell"
            $calls = $ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true) |
                Where-Object { $_.GetCommandName() -in $exported }
            foreach ($call in $calls) {
                $known = (Get-Command $call.GetCommandName()).Parameters.Values | ForEach-Object { $_.Name; $_.Aliases }
                foreach ($parameter in $call.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] }) {
                    $parameter.ParameterName | Should -BeIn $known -Because "$($example.title) calls $($call.GetCommandName())"
                }
            }
        }
    }

    It 'names each declared output type' {
        $declared = @($command.OutputType.Name | Where-Object { $_ -ne 'System.Void' })
        $named = @($help.returnValues.returnValue.type.name)
        foreach ($type in $declared) { $named | Should -Contain $type }
        if ($declared.Count -eq 0) { $named | Should -Be 'None' }
    }

    It 'links the about topic' {
        $help.relatedLinks.navigationLink.linkText | Should -Contain 'about_Giosg.PowerShell'
    }
}

Describe 'The help files' {
    It 'sit next to the assembly of each edition, for all <_> cmdlets' -ForEach @('net8.0', 'netstandard2.0') {
        $file = Join-Path $moduleRoot "$_/en-US/Giosg.PowerShell.dll-Help.xml"
        $file | Should -Exist
        $maml = [xml](Get-Content -Raw $file)
        @($maml.helpItems.command.details.name) | Sort-Object | Should -Be ($exported | Sort-Object)
    }

    It 'are not in the module root''s en-US, where PowerShell would look first' {
        Get-ChildItem (Join-Path $moduleRoot 'en-US') -Filter '*-Help.xml' | Should -BeNullOrEmpty
    }
}

Describe 'about_Giosg.PowerShell' {
    BeforeAll {
        $topic = Get-Help about_Giosg.PowerShell
        $text = $topic | Out-String
    }

    It 'is found by Get-Help, with a one-line synopsis' {
        $topic | Should -Not -BeNullOrEmpty
        (Get-Help about_Giosg* | Where-Object Name -EQ 'about_Giosg.PowerShell').Synopsis | Should -Match 'Giosg'
    }

    It 'covers <_>' -ForEach @('CONNECTING', 'SCOPES', 'STREAMING AND PAGING', 'HOUSEKEEPING', 'RETRIES AND RATE LIMITS', 'AZURE AUTOMATION', 'THE SIMULATOR') {
        $text | Should -Match "(?m)^$_\s*$"
    }

    It 'names every cmdlet' {
        foreach ($name in $exported) { $text | Should -Match ([regex]::Escape($name)) }
    }

    It 'keeps to 80 columns, as about topics do' {
        Get-Content (Join-Path $moduleRoot 'en-US/about_Giosg.PowerShell.help.txt') | Where-Object Length -GT 80 | Should -BeNullOrEmpty
    }
}

Describe 'Formats and completion' {
    BeforeAll {
        Import-Module $env:GIOSG_TEST_MODULE -Force
    }

    It 'has a default view for every output type of every command' {
        # By name: an output type may be a PSObject type name (Giosg.ChatSessionStatistic) with no .NET type behind it.
        $names = Get-Command -Module Giosg.PowerShell | ForEach-Object { $_.OutputType } | Where-Object { $_.Name -and $_.Type -ne [void] } | ForEach-Object Name | Sort-Object -Unique
        $names | Should -Contain 'Giosg.ChatSessionStatistic'
        foreach ($name in $names) {
            Get-FormatData -TypeName $name | Should -Not -BeNullOrEmpty -Because "$name needs a view"
        }
    }

    It 'completes message types, chat types and scopes' {
        (TabExpansion2 -inputScript 'Get-GiosgChatMessage -Type ' -cursorColumn 27).CompletionMatches.ListItemText | Should -Contain 'interaction_submit'
        (TabExpansion2 -inputScript 'Get-GiosgChat -ChatType ' -cursorColumn 24).CompletionMatches.ListItemText | Should -Contain 'external'
        (TabExpansion2 -inputScript 'Close-GiosgStaleChat -Scope ' -cursorColumn 28).CompletionMatches.ListItemText | Should -Be @('Owned', 'Routed')
    }
}
