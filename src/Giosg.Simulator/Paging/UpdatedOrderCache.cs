namespace Giosg.Simulator.Paging;

/// <summary>
/// Keeps the update-order snapshot of each scope until any chat changes, so walking a long listing
/// ordered by <c>updated_at</c> sorts once, not once per page.
/// </summary>
internal sealed class UpdatedOrderCache(SimulatorData data)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<SimChat[], (long Version, ChatIndex Index)> _snapshots = [];

    public ChatIndex For(SimChat[] scope)
    {
        var version = data.Version;
        lock (_lock)
        {
            if (_snapshots.TryGetValue(scope, out var cached) && cached.Version == version)
            {
                return cached.Index;
            }
        }

        // Sort outside the lock; two racing requests at worst both sort.
        var index = ChatIndex.ByUpdate(scope);
        lock (_lock)
        {
            _snapshots[scope] = (version, index);
        }

        return index;
    }
}
