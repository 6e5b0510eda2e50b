namespace Giosg.Benchmarks.EndToEnd;

/// <summary>
/// The only thing a run asserts: every listing and sweep handled the chats it should have. Timings
/// are reported, never asserted.
/// </summary>
internal sealed class CountChecks
{
    private readonly List<string> _failures = [];

    public IReadOnlyList<string> Failures => _failures;

    public void Expect(string what, long expected, long actual)
    {
        if (expected != actual)
        {
            _failures.Add($"{what}: expected {expected:N0}, got {actual:N0}");
            Console.Error.WriteLine($"COUNT MISMATCH {_failures[^1]}");
        }
    }
}
