namespace Giosg.Simulator.Data;

/// <summary>
/// Deterministic filler derived from an id: legacy tokens, encryption keys, ciphertexts and secondary
/// ids look real, stay stable across runs, and are computed when written instead of stored per chat.
/// </summary>
internal static class DerivedText
{
    public const int LegacyTokenLength = 48;
    public const int SymmetricKeyLength = 96;

    private const ulong TokenSalt = 0x70CE;
    private const ulong KeySalt = 0x5EC7E7;
    private const ulong RoomSalt = 0x700A;
    private const ulong CipherSalt = 0xC1FE7;

    private static ReadOnlySpan<byte> Base32Alphabet => "abcdefghijklmnopqrstuvwxyz234567"u8;

    private static ReadOnlySpan<byte> HexAlphabet => "0123456789abcdef"u8;

    /// <summary>A chat's deprecated <c>token</c>: lowercase base32, like Giosg's.</summary>
    public static ReadOnlySpan<byte> LegacyToken(Guid chatId, Span<byte> destination) =>
        Fill(chatId, TokenSalt, destination[..LegacyTokenLength], Base32Alphabet);

    /// <summary>An encrypted chat's <c>encrypted_symmetric_key</c>, as hex.</summary>
    public static ReadOnlySpan<byte> SymmetricKey(Guid chatId, Span<byte> destination) =>
        Fill(chatId, KeySalt, destination[..SymmetricKeyLength], HexAlphabet);

    /// <summary>A room's deprecated <c>legacy_room_id</c>.</summary>
    public static string LegacyRoomId(Guid roomId)
    {
        Span<byte> text = stackalloc byte[LegacyTokenLength];
        return System.Text.Encoding.ASCII.GetString(Fill(roomId, RoomSalt, text, Base32Alphabet));
    }

    /// <summary>A UUID derived from another: stable ids for things the seed never drew (avatars, attachments).</summary>
    public static Guid Id(Guid source, ulong salt)
    {
        var state = Mix(source, salt);
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, SplitMix64.Next(ref state));
        BitConverter.TryWriteBytes(bytes[8..], SplitMix64.Next(ref state));
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>A number derived from an id.</summary>
    public static ulong Number(Guid source, ulong salt)
    {
        var state = Mix(source, salt);
        return SplitMix64.Next(ref state);
    }

    /// <summary>
    /// Stand-in ciphertext of an encrypted message: base64 of an IV and whole AES blocks enough for the
    /// text, so its length looks right. Nobody can decrypt it; clients only need to carry it.
    /// </summary>
    public static string Ciphertext(Guid messageId, int plainLength)
    {
        var bytes = new byte[16 + ((plainLength / 16) + 1) * 16];
        var state = Mix(messageId, CipherSalt);
        for (var i = 0; i < bytes.Length; i += 8)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i), SplitMix64.Next(ref state));
        }

        return Convert.ToBase64String(bytes);
    }

    private static ulong Mix(Guid id, ulong salt)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return BitConverter.ToUInt64(bytes) ^ BitConverter.ToUInt64(bytes[8..]) ^ salt;
    }

    private static Span<byte> Fill(Guid id, ulong salt, Span<byte> destination, ReadOnlySpan<byte> alphabet)
    {
        var state = Mix(id, salt);
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = alphabet[(int)(SplitMix64.Next(ref state) % (ulong)alphabet.Length)];
        }

        return destination;
    }
}
