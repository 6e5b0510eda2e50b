using System.Diagnostics;

namespace Giosg.Benchmarks.Simulation;

/// <summary>Starts an executable that sits next to this program, with or without its apphost.</summary>
internal static class ChildProcess
{
    /// <summary>
    /// The start info for <paramref name="assemblyName"/> from this program's folder: its apphost
    /// when there is one, otherwise <c>dotnet name.dll</c> through the host running us.
    /// </summary>
    public static ProcessStartInfo StartInfo(string assemblyName, IEnumerable<string> arguments)
    {
        var folder = AppContext.BaseDirectory;
        var appHost = Path.Combine(folder, OperatingSystem.IsWindows() ? assemblyName + ".exe" : assemblyName);
        ProcessStartInfo start;
        if (File.Exists(appHost))
        {
            start = new ProcessStartInfo(appHost);
        }
        else
        {
            start = new ProcessStartInfo(DotnetHost());
            start.ArgumentList.Add(Path.Combine(folder, assemblyName + ".dll"));
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.UseShellExecute = false;
        return start;
    }

    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? current
            : "dotnet";
    }
}
