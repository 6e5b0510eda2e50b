namespace Giosg.Simulator.Data;

/// <summary>
/// Deterministic filler text derived from an id: legacy tokens and encryption keys look real, stay
/// stable across runs, and are computed when written instead of stored per chat.
/// </summary>
internal static class DerivedText
{
    public const int LegacyTokenLength = 48;
    public const int SymmetricKeyLength = 96;

    private const ulong TokenSalt = 0x70CE;
    private const ulong KeySalt = 0x5EC7E7;
    private const ulong RoomSalt = 0x700A;

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

    private static Span<byte> Fill(Guid id, ulong salt, Span<byte> destination, ReadOnlySpan<byte> alphabet)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        var state = BitConverter.ToUInt64(bytes) ^ BitConverter.ToUInt64(bytes[8..]) ^ salt;
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = alphabet[(int)(SplitMix64.Next(ref state) % (ulong)alphabet.Length)];
        }

        return destination;
    }
}
