#if NET8_0_OR_GREATER
using System.Reflection;
using System.Runtime.Loader;

namespace Giosg.PowerShell.Isolation;

/// <summary>
/// The module's private load context: assemblies found in <c>dependencies/</c> whose version can
/// stand in for the one asked for load here; anything else (the framework, System.Text.Json that
/// PowerShell ships) falls back to the default context.
/// </summary>
internal sealed class DependencyLoadContext(string folder) : AssemblyLoadContext("Giosg.PowerShell.Dependencies", isCollectible: false)
{
    protected override Assembly? Load(AssemblyName assemblyName) =>
        DependencyResolver.OwnCopy(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;

    /// <summary>The folder the context loads from.</summary>
    public string Folder { get; } = folder;
}
#endif
