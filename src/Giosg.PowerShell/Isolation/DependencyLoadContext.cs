#if NET8_0_OR_GREATER
using System.Reflection;
using System.Runtime.Loader;

namespace Giosg.PowerShell.Isolation;

/// <summary>
/// The module's private load context: assemblies found in <c>dependencies/</c> load here;
/// anything else (the framework, System.Text.Json that PowerShell ships) falls back to the
/// default context.
/// </summary>
internal sealed class DependencyLoadContext(string folder) : AssemblyLoadContext("Giosg.PowerShell.Dependencies", isCollectible: false)
{
    /// <summary>True when <paramref name="name"/> is one of the module's own dependencies.</summary>
    public bool Owns(AssemblyName name) => File.Exists(PathOf(name));

    protected override Assembly? Load(AssemblyName assemblyName) =>
        Owns(assemblyName) ? LoadFromAssemblyPath(PathOf(assemblyName)) : null;

    private string PathOf(AssemblyName name) => Path.Combine(folder, name.Name + ".dll");
}
#endif
