namespace Giosg.PowerShell.EngineTests.Infrastructure;

/// <summary>Where the built module lies: the Release build lays it out in out/Giosg.PowerShell.</summary>
internal static class ModuleFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>
    /// The manifest under test. <c>GIOSG_TEST_MODULE</c> points at another laid-out copy, such as the
    /// netstandard2.0 edition staged by tests/pester/Invoke-Tests.ps1 -Edition netstandard2.0.
    /// </summary>
    public static string Manifest =>
        Environment.GetEnvironmentVariable("GIOSG_TEST_MODULE") is { Length: > 0 } custom
            ? custom
            : Path.Combine(RepositoryRoot, "out", "Giosg.PowerShell", "Giosg.PowerShell.psd1");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Giosg.PowerShell.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Giosg.PowerShell.sln above {AppContext.BaseDirectory}.");
    }
}
