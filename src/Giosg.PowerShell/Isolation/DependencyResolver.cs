using System.Reflection;
#if NET8_0_OR_GREATER
using System.Runtime.Loader;
#endif

namespace Giosg.PowerShell.Isolation;

/// <summary>
/// Resolves the assemblies in <c>dependencies/</c> beside the cmdlet assembly, and answers no one
/// else. On PowerShell 7 they load into a private <c>DependencyLoadContext</c>: the default
/// context's Resolving event answers only for the assemblies the cmdlet assembly references itself
/// (Giosg.Client), and everything Giosg.Client needs (Polly) binds inside the private context,
/// whatever versions other modules have loaded. Windows PowerShell has no load contexts; there
/// AssemblyResolve answers only requests made by the module's own assemblies (or by an unnamed
/// requester) for a file in <c>dependencies/</c> whose version can stand in for the one asked for
/// (<see cref="DependencyMatch"/>).
/// </summary>
internal static class DependencyResolver
{
    private static readonly string Folder = Path.Combine(
        Path.GetDirectoryName(typeof(DependencyResolver).Assembly.Location) ?? ".", "dependencies");

    private static readonly object Gate = new();
    private static bool _registered;

    /// <summary>The module's copy of <paramref name="requested"/>, when it has one that may answer; else null.</summary>
    internal static string? OwnCopy(AssemblyName requested)
    {
        var path = Path.Combine(Folder, requested.Name + ".dll");
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return DependencyMatch.Accepts(requested, AssemblyName.GetAssemblyName(path)) ? path : null;
        }
        catch (Exception exception) when (exception is BadImageFormatException or IOException)
        {
            return null;
        }
    }

#if NET8_0_OR_GREATER
    private static readonly DependencyLoadContext Context = new(Folder);

    /// <summary>The assemblies the cmdlet assembly itself references: the only ones the default context is answered for.</summary>
    private static readonly HashSet<string> DirectReferences = new(
        typeof(DependencyResolver).Assembly.GetReferencedAssemblies().Select(name => name.Name!), StringComparer.OrdinalIgnoreCase);

    public static void Register()
    {
        lock (Gate)
        {
            if (!_registered)
            {
                AssemblyLoadContext.Default.Resolving += ResolveIntoPrivateContext;
                _registered = true;
            }
        }
    }

    public static void Unregister()
    {
        lock (Gate)
        {
            if (_registered)
            {
                AssemblyLoadContext.Default.Resolving -= ResolveIntoPrivateContext;
                _registered = false;
            }
        }
    }

    private static Assembly? ResolveIntoPrivateContext(AssemblyLoadContext context, AssemblyName name) =>
        name.Name is { } simple && DirectReferences.Contains(simple) && OwnCopy(name) is not null
            ? Context.LoadFromAssemblyName(name)
            : null;
#else
    public static void Register()
    {
        lock (Gate)
        {
            if (!_registered)
            {
                AppDomain.CurrentDomain.AssemblyResolve += ResolveFromFolder;
                _registered = true;
            }
        }
    }

    public static void Unregister()
    {
        lock (Gate)
        {
            if (_registered)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= ResolveFromFolder;
                _registered = false;
            }
        }
    }

    private static Assembly? ResolveFromFolder(object? sender, ResolveEventArgs arguments)
    {
        if (arguments.RequestingAssembly is { } requester && !IsOwn(requester))
        {
            // Another module's request: its own loader (or its failure) decides, never our copies.
            return null;
        }

        return OwnCopy(new AssemblyName(arguments.Name)) is { } path ? Assembly.LoadFrom(path) : null;
    }

    private static bool IsOwn(Assembly assembly)
    {
        if (assembly == typeof(DependencyResolver).Assembly)
        {
            return true;
        }

        var location = assembly.IsDynamic ? null : assembly.Location;
        return !string.IsNullOrEmpty(location)
            && string.Equals(Path.GetDirectoryName(location), Folder, StringComparison.OrdinalIgnoreCase);
    }
#endif
}
