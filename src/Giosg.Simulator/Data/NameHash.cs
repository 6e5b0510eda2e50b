using System.Security.Cryptography;
using System.Text;

namespace Giosg.Simulator.Data;

/// <summary>What a name hashes to: a tag's <c>hashed_name</c>, and a stable id that breaks ties between names in a cursor ordering.</summary>
#pragma warning disable CA5350 // SHA-1 is what the API documents for hashed_name; nothing here is secret.
internal static class NameHash
{
    /// <summary>The SHA-1 of the name's UTF-8 bytes as 40 lowercase hex digits, as <c>hashed_name</c> is documented.</summary>
    public static string Sha1Hex(string name) => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(name)));

    /// <summary>The first 16 bytes of the name's SHA-1 as a UUID: the same name always gets the same id.</summary>
    public static Guid Id(string name)
    {
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(Encoding.UTF8.GetBytes(name), hash);
        return new Guid(hash[..16]);
    }
}
#pragma warning restore CA5350
