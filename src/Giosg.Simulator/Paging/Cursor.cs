using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;

namespace Giosg.Simulator.Paging;

/// <summary>
/// An opaque keyset cursor: the key of the item (chat, message, member, tag) a page ended (or started)
/// at, the ordering it belongs to, and which way to read. Encoded as base64url; clients follow it, they
/// never build one.
/// </summary>
/// <param name="Position">The key the next page starts after (or the previous page ends before).</param>
/// <param name="Field">The ordering the key belongs to; a cursor is only valid for that ordering.</param>
/// <param name="Backwards">Whether this is a "previous" cursor, reading against the ordering.</param>
internal readonly record struct Cursor(ChatKey Position, SortField Field, bool Backwards)
{
    private const byte FormatVersion = 1;
    private const int Length = 26;

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[Length];
        bytes[0] = FormatVersion;
        bytes[1] = (byte)((Backwards ? 1 : 0) | ((int)Field << 1));
        BinaryPrimitives.WriteInt64LittleEndian(bytes[2..], Position.Ticks);
        Position.Id.TryWriteBytes(bytes[10..]);
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryDecode(string text, out Cursor cursor)
    {
        cursor = default;
        Span<byte> bytes = stackalloc byte[Length + 3];
        if (text.Length > 64
            || Base64Url.DecodeFromChars(text, bytes, out _, out var written) != OperationStatus.Done
            || written != Length
            || bytes[0] != FormatVersion
            || (bytes[1] >> 1) > (int)SortField.VisitorVariables)
        {
            return false;
        }

        var ticks = BinaryPrimitives.ReadInt64LittleEndian(bytes[2..]);
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        cursor = new Cursor(new ChatKey(ticks, new Guid(bytes[10..Length])), (SortField)(bytes[1] >> 1), (bytes[1] & 1) == 1);
        return true;
    }
}
