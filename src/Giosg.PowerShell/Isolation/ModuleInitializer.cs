using System.Management.Automation;

namespace Giosg.PowerShell.Isolation;

/// <summary>
/// Hooks dependency resolution when PowerShell imports the module and unhooks it on removal, so
/// the client and its third-party assemblies load from the module's own <c>dependencies/</c>
/// folder and never collide with other modules' copies.
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    /// <inheritdoc />
    public void OnImport() => DependencyResolver.Register();

    /// <inheritdoc />
    public void OnRemove(PSModuleInfo psModuleInfo) => DependencyResolver.Unregister();
}
