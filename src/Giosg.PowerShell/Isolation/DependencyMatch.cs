using System.Reflection;

namespace Giosg.PowerShell.Isolation;

/// <summary>
/// Whether one of the module's own assemblies may answer a request for <c>requested</c>: same simple
/// name, same public key token when the request names one, and a version the copy can stand in for:
/// the same major version, not older. That is what a binding redirect would allow (.NET Framework
/// has none for a module), and it refuses another module's request for a different major version
/// (Polly 7 when the module ships Polly 8) or for a newer one than the module has.
/// </summary>
internal static class DependencyMatch
{
    public static bool Accepts(AssemblyName requested, AssemblyName available)
    {
        if (!string.Equals(requested.Name, available.Name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var token = requested.GetPublicKeyToken();
        if (token is { Length: > 0 } && !token.SequenceEqual(available.GetPublicKeyToken() ?? []))
        {
            return false;
        }

        return requested.Version is not { } wanted
            || (available.Version is { } version && version.Major == wanted.Major && version >= wanted);
    }
}
