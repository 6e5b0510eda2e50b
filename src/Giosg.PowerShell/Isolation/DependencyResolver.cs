using System.Reflection;
#if NET8_0_OR_GREATER
using System.Runtime.Loader;
#endif

namespace Giosg.PowerShell.Isolation;

/// <summary>
/// Resolves the assemblies in <c>dependencies/</c> beside the cmdlet assembly. On PowerShell 7
/// they load into a private <c>DependencyLoadContext</c>: the cmdlet assembly (in the
/// default context) reaches Giosg.Client through the default context's Resolving event, and
/// everything Giosg.Client needs (Polly) binds inside the private context, whatever versions
/// other modules have loaded. Windows PowerShell has no load contexts; there AssemblyResolve
/// serves our copies when the default probing finds none.
/// </summary>
internal static class DependencyResolver
{
    private static readonly string Folder = Path.Combine(
        Path.GetDirectoryName(typeof(DependencyResolver).Assembly.Location) ?? ".", "dependencies");

    private static readonly object Gate = new();
    private static bool _registered;

#if NET8_0_OR_GREATER
    private static readonly DependencyLoadContext Context = new(Folder);

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
        Context.Owns(name) ? Context.LoadFromAssemblyName(name) : null;
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
        var path = Path.Combine(Folder, new AssemblyName(arguments.Name).Name + ".dll");
        return File.Exists(path) ? Assembly.LoadFrom(path) : null;
    }
#endif
}
