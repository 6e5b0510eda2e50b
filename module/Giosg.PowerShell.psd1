@{
    RootModule             = 'Giosg.PowerShell.psm1'
    ModuleVersion          = '0.1.0'
    GUID                   = '5b0d6c1e-8f4a-4d8e-9a57-3c2f1e6b9d40'
    Author                 = 'Giosg.PowerShell contributors'
    CompanyName            = 'Giosg.PowerShell contributors'
    Copyright              = '(c) Giosg.PowerShell contributors. All rights reserved.'
    Description            = 'Work with Giosg live-chat chats from PowerShell: list and stream chats, their messages, members, tags, presences and visitor variables; end, tag and message chats; export transcripts incrementally; manage invitations, conversation starters and reply suggestions; and clean up stale chats.'
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
        'Measure-GiosgChatSession'
        'Get-GiosgChatTranscript'
        'Export-GiosgChat'
        'New-GiosgChat'
        'Get-GiosgConversationStarter'
        'Set-GiosgConversationStarter'
        'Remove-GiosgConversationStarter'
        'Get-GiosgReplySuggestion'
        'New-GiosgReplySuggestion'
        'Set-GiosgReplySuggestion'
        'Get-GiosgChatPresence'
        'Add-GiosgChatPresence'
        'Remove-GiosgChatPresence'
        'Get-GiosgChatParticipation'
        'Get-GiosgChatInvitation'
        'New-GiosgChatInvitation'
        'Set-GiosgChatInvitation'
        'Send-GiosgChatMessage'
        'Add-GiosgChatMember'
        'Set-GiosgChatMembership'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('Giosg', 'Chat', 'LiveChat', 'Housekeeping', 'AzureAutomation', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ReleaseNotes = '0.1.0: Connect-Giosg (token from SecureString, credential, environment or a SecretManagement vault); Get-GiosgChat with streaming pagination over every documented chat collection; Stop-GiosgChat, Set-GiosgChat, messages (read and send), tags, memberships, presences, participations, invitations, visitor variables, conversation starters, reply suggestions, New-GiosgChat; Get-GiosgChatTranscript and the incremental, resumable Export-GiosgChat; Measure-GiosgChatSession (Reporting API); and Close-GiosgStaleChat, the housekeeping sweep, with an optional closing note. Retries of safe requests only; dependencies isolated in their own load context.'
        }
    }
}
