@{
    RootModule             = 'Giosg.PowerShell.psm1'
    ModuleVersion          = '0.1.0'
    GUID                   = '5b0d6c1e-8f4a-4d8e-9a57-3c2f1e6b9d40'
    Author                 = 'Giosg.PowerShell contributors'
    CompanyName            = 'Giosg.PowerShell contributors'
    Copyright              = '(c) Giosg.PowerShell contributors. All rights reserved.'
    Description            = 'Work with Giosg live-chat chats from PowerShell: list and stream chats, and (soon) end, tag and clean up stale chats.'
    CompatiblePSEditions   = @('Desktop', 'Core')
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('Giosg.PowerShell.format.ps1xml')
    CmdletsToExport        = @(
        'Connect-Giosg'
        'Disconnect-Giosg'
        'Get-GiosgConnection'
        'Get-GiosgChat'
        'Stop-GiosgChat'
        'Set-GiosgChat'
        'Get-GiosgChatMessage'
        'Get-GiosgChatTag'
        'Get-GiosgAllowedChatTag'
        'Add-GiosgChatTag'
        'Remove-GiosgChatTag'
        'Get-GiosgChatMembership'
        'Get-GiosgChatVisitorVariable'
        'Close-GiosgStaleChat'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('Giosg', 'Chat', 'LiveChat', 'Housekeeping', 'PSEdition_Desktop', 'PSEdition_Core')
            ReleaseNotes = 'Connect-Giosg and Get-GiosgChat with streaming pagination; ending chats, messages, tags, memberships and visitor variables.'
        }
    }
}
