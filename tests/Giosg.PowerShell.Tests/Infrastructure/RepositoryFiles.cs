namespace Giosg.PowerShell.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Giosg.PowerShell.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Giosg.PowerShell.sln not found above " + AppContext.BaseDirectory);
    }
}
