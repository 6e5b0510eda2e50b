namespace Giosg.HelpGen.Help;

/// <summary>
/// What is wrong with the help sources, all of it: one run lists every missing description and
/// example instead of stopping at the first.
/// </summary>
internal sealed class Problems
{
    private readonly List<string> _messages = [];

    public int Count => _messages.Count;

    /// <summary>
    /// Records a problem in MSBuild's canonical format (<c>origin: error: text</c>), so the Exec
    /// task in Help.targets reports each as a build error pointing at its file and line.
    /// </summary>
    public void Add(string origin, string message) => _messages.Add($"{origin}: error: {message}");

    public void WriteTo(TextWriter writer)
    {
        foreach (var message in _messages)
        {
            writer.WriteLine(message);
        }
    }
}
