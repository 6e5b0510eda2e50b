using Giosg.Simulator.Data;

namespace Giosg.Simulator.Paging;

/// <summary>What a chat listing's <c>cursor</c> stands for. The API documents cursors as opaque, so clients must survive both.</summary>
public enum CursorMode
{
    /// <summary>The key (created_at or updated_at, then id) of the last chat served: stable while chats change.</summary>
    Keys,

    /// <summary>An offset into the filtered result: ending a chat already listed shifts every later page, as a naive API would.</summary>
    Offsets,
}

/// <summary>
/// How chat listings behave while a client pages through them: the <see cref="CursorMode"/>, "churn" (other
/// agents ending chats between pages), and whether ending an ended chat is refused. Changeable while running.
/// </summary>
public sealed class ListingBehavior
{
    private volatile int _cursors;
    private volatile bool _refuseRepeatedEnd;
    private int _churnPerPage;
    private int _churnLeft;

    /// <summary>What cursors of chat listings encode.</summary>
    public CursorMode Cursors
    {
        get => (CursorMode)_cursors;
        set => _cursors = (int)value;
    }

    /// <summary>Chats "other agents" end each time a chat listing page is served, oldest open chat of the listed collection first.</summary>
    public int ChurnPerPage => Volatile.Read(ref _churnPerPage);

    /// <summary>How many more chats churn will end; it stops at zero.</summary>
    public int ChurnLeft => Volatile.Read(ref _churnLeft);

    /// <summary>Answer 400 "Chat has already ended." to ending an ended chat (001 lists 400 among the answers), instead of 200.</summary>
    public bool RefuseRepeatedEnd
    {
        get => _refuseRepeatedEnd;
        set => _refuseRepeatedEnd = value;
    }

    /// <summary>Starts churn: <paramref name="perPage"/> chats ended per page served, <paramref name="total"/> in all. (0, 0) stops it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative count.</exception>
    public void SetChurn(int perPage, int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(perPage);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        Volatile.Write(ref _churnPerPage, perPage);
        Volatile.Write(ref _churnLeft, total);
    }

    /// <summary>Between two pages: ends the oldest open chats of <paramref name="collection"/>, as other agents would.</summary>
    internal void Churn(SimChat[] collection, SimulatorData data)
    {
        var wanted = Math.Min(ChurnPerPage, ChurnLeft);
        for (var i = 0; i < collection.Length && wanted > 0; i++)
        {
            if (!collection[i].IsEnded && TryTakeChurn())
            {
                data.EndChat(collection[i].Id);
                wanted--;
            }
        }
    }

    private bool TryTakeChurn()
    {
        int left;
        do
        {
            left = Volatile.Read(ref _churnLeft);
            if (left <= 0)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref _churnLeft, left - 1, left) != left);
        return true;
    }
}
