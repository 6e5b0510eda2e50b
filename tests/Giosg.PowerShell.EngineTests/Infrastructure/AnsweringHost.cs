using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace Giosg.PowerShell.EngineTests.Infrastructure;

/// <summary>
/// A host that answers confirmation prompts from a script of answers, as a person at a prompt would:
/// what -Confirm and ConfirmImpact do can only be seen through a host. A prompt nobody scripted fails
/// the command, so an unexpected prompt cannot pass unnoticed.
/// </summary>
internal sealed class AnsweringHost : PSHost
{
    private readonly AnsweringUserInterface _ui = new();

    /// <summary>Labels of the choices to pick, in order (e.g. "Yes", "No", "Yes to All").</summary>
    public Queue<string> Answers => _ui.Answers;

    /// <summary>How many confirmation prompts the host was shown.</summary>
    public int Prompts => _ui.Prompts;

    public override string Name => "Giosg.PowerShell.EngineTests";

    public override Version Version { get; } = new(1, 0);

    public override Guid InstanceId { get; } = Guid.NewGuid();

    public override PSHostUserInterface UI => _ui;

    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

    public override void SetShouldExit(int exitCode)
    {
    }

    public override void EnterNestedPrompt() => throw new NotSupportedException();

    public override void ExitNestedPrompt() => throw new NotSupportedException();

    public override void NotifyBeginApplication()
    {
    }

    public override void NotifyEndApplication()
    {
    }

    private sealed class AnsweringUserInterface : PSHostUserInterface
    {
        public Queue<string> Answers { get; } = new();

        public int Prompts { get; private set; }

        public override PSHostRawUserInterface? RawUI => null;

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            Prompts++;
            if (!Answers.TryDequeue(out var answer))
            {
                throw new PromptingException($"Unexpected prompt: {caption} {message}");
            }

            var index = choices.ToList().FindIndex(choice => choice.Label.Replace("&", "", StringComparison.Ordinal) == answer);
            return index >= 0 ? index : throw new PromptingException($"No choice '{answer}' in: {string.Join(", ", choices.Select(c => c.Label))}");
        }

        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
            throw new PromptingException($"Unexpected prompt for input: {caption} {message}");

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
            throw new PromptingException("Unexpected credential prompt.");

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
            throw new PromptingException("Unexpected credential prompt.");

        public override string ReadLine() => throw new PromptingException("Unexpected ReadLine.");

        public override SecureString ReadLineAsSecureString() => throw new PromptingException("Unexpected ReadLineAsSecureString.");

        public override void Write(string value)
        {
        }

        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value)
        {
        }

        public override void WriteLine(string value)
        {
        }

        public override void WriteErrorLine(string value)
        {
        }

        public override void WriteDebugLine(string message)
        {
        }

        public override void WriteProgress(long sourceId, ProgressRecord record)
        {
        }

        public override void WriteVerboseLine(string message)
        {
        }

        public override void WriteWarningLine(string message)
        {
        }
    }
}
