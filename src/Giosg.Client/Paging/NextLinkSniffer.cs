using System.Text.Json;

namespace Giosg.Client.Paging;

/// <summary>
/// A read-only view of a page's body that reports the page's <c>next</c> (or <c>next_page_url</c>)
/// link as soon as it has streamed past, while the deserializer reads on. Both documented page
/// shapes put the link before <c>results</c>, so the next page can be requested before this one
/// is parsed. It only looks at the start of the body: once <c>results</c> begins, or after 64 KB,
/// it stops looking and the link is taken from the parsed page as before.
/// </summary>
internal sealed class NextLinkSniffer(Stream inner, Action<string?> found) : Stream
{
    private const int MaxPrefix = 64 * 1024;
    private byte[] _prefix = new byte[4096];
    private int _length;
    private bool _done;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        Observe(buffer, offset, read);
        return read;
    }

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
#if NET8_0_OR_GREATER
        var read = await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false);
#else
        var read = await inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false);
#endif
        Observe(buffer, offset, read);
        return read;
    }

#if NET8_0_OR_GREATER
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (!_done && read > 0)
        {
            Observe(buffer.Span[..read].ToArray(), 0, read);
        }

        return read;
    }
#endif

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Scans the top-level properties seen so far for the link, from the start each time (the prefix is small).</summary>
    internal static SniffResult Scan(ReadOnlySpan<byte> prefix, out string? link)
    {
        link = null;
        var reader = new Utf8JsonReader(prefix, isFinalBlock: false, state: default);
        try
        {
            if (!reader.Read())
            {
                return SniffResult.NeedMore;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return SniffResult.GiveUp;
            }

            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    return SniffResult.GiveUp;
                }

                var isLink = reader.ValueTextEquals("next"u8) || reader.ValueTextEquals("next_page_url"u8);
                if (reader.ValueTextEquals("results"u8))
                {
                    return SniffResult.GiveUp;
                }

                if (!reader.Read())
                {
                    return SniffResult.NeedMore;
                }

                if (isLink)
                {
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.String:
                            link = reader.GetString();
                            return SniffResult.Found;
                        case JsonTokenType.Null:
                            return SniffResult.Found;
                        default:
                            return SniffResult.GiveUp;
                    }
                }

                if (!reader.TrySkip())
                {
                    return SniffResult.NeedMore;
                }
            }

            return SniffResult.NeedMore;
        }
        catch (JsonException)
        {
            // Not the JSON the deserializer expects either: it will say so.
            return SniffResult.GiveUp;
        }
    }

    private void Observe(byte[] buffer, int offset, int read)
    {
        if (_done || read <= 0)
        {
            return;
        }

        if (_length + read > _prefix.Length)
        {
            if (_length + read > MaxPrefix)
            {
                _done = true;
                return;
            }

            Array.Resize(ref _prefix, Math.Min(MaxPrefix, Math.Max(_prefix.Length * 2, _length + read)));
        }

        Buffer.BlockCopy(buffer, offset, _prefix, _length, read);
        _length += read;
        switch (Scan(_prefix.AsSpan(0, _length), out var link))
        {
            case SniffResult.Found:
                _done = true;
                found(link);
                break;
            case SniffResult.GiveUp:
                _done = true;
                break;
        }
    }

    internal enum SniffResult
    {
        NeedMore,
        Found,
        GiveUp,
    }
}
