using System.Reflection;
using System.Runtime.Loader;

namespace Giosg.HelpGen.Cmdlets;

/// <summary>
/// Loads the cmdlet assembly and the module's own dependencies (Giosg.Client and the like) from
/// the module folder or its <c>dependencies/</c> subfolder, and everything this process already
/// has from the default context.
/// </summary>
/// <remarks>
/// Deferring to the default context matters twice: System.Management.Automation then resolves to
/// the PowerShellStandard reference assembly this tool was built with, so attribute types read
/// through <see cref="CustomAttributeData"/> compare equal to <c>typeof(ParameterAttribute)</c>;
/// and the netstandard2.0 build's polyfills (System.Memory, System.Text.Json 8) never shadow the
/// runtime's own types.
/// </remarks>
internal sealed class ModuleLoadContext : AssemblyLoadContext
{
    private static readonly HashSet<string> DefaultContextAssemblies = TrustedPlatformAssemblies();
    private readonly string[] _folders;

    public ModuleLoadContext(string assemblyPath)
        : base("Giosg.HelpGen module")
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!;
        _folders = [folder, Path.Combine(folder, "dependencies")];
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is not { } name || DefaultContextAssemblies.Contains(name))
        {
            return null;
        }

        return _folders.Select(folder => Path.Combine(folder, name + ".dll")).Where(File.Exists).Select(LoadFromAssemblyPath).FirstOrDefault();
    }

    private static HashSet<string> TrustedPlatformAssemblies() =>
        ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
