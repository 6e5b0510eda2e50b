namespace Giosg.PowerShell.Tests.Infrastructure;

/// <summary>An async sequence of 0..count-1 that records how far it was read and whether it was disposed.</summary>
internal sealed class TrackingSequence(int count) : IAsyncEnumerable<int>
{
    public int Produced { get; private set; }

    public bool Disposed { get; private set; }

    public async IAsyncEnumerator<int> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        try
        {
            for (var i = 0; i < count; i++)
            {
                await Task.Yield();
                Produced++;
                yield return i;
            }
        }
        finally
        {
            Disposed = true;
        }
    }
}
