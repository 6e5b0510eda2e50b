using System.Net;
using System.Runtime.InteropServices;

namespace Giosg.Client.Http;

/// <summary>
/// TLS 1.2 on Windows PowerShell. .NET Framework's HttpClientHandler takes its protocols from
/// <see cref="ServicePointManager.SecurityProtocol"/>, which on many Windows PowerShell 5.1 hosts
/// lists only SSL 3 and TLS 1.0, and the Giosg API needs TLS 1.2. Modern .NET leaves the choice to
/// the operating system and is left alone.
/// </summary>
internal static class TlsPolicy
{
    /// <summary>The value of <c>SecurityProtocolType.SystemDefault</c> (.NET Framework 4.7+): the OS decides, and offers TLS 1.2.</summary>
    private const SecurityProtocolType SystemDefault = 0;

    /// <summary>On .NET Framework, adds TLS 1.2 to the process's protocols when they are an explicit list without it.</summary>
    public static void Apply()
    {
        if (!RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal))
        {
            return;
        }

#pragma warning disable SYSLIB0014 // ServicePointManager is what .NET Framework's handler reads.
        ServicePointManager.SecurityProtocol = WithTls12(ServicePointManager.SecurityProtocol);
#pragma warning restore SYSLIB0014
    }

    /// <summary>The protocols to use: an explicit list gains TLS 1.2 (nothing is taken away); the system default stays.</summary>
    internal static SecurityProtocolType WithTls12(SecurityProtocolType current) =>
        current == SystemDefault ? current : current | SecurityProtocolType.Tls12;
}
