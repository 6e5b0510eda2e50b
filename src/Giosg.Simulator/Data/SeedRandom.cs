namespace Giosg.Simulator.Data;

/// <summary>
/// The seeded random stream and the few shapes of randomness the seeders need. Seeded
/// <see cref="Random"/> is deterministic across .NET versions, which "same seed, same data" relies on.
/// </summary>
#pragma warning disable CA5394 // Not for security: reproducible test data is the point.
internal sealed class SeedRandom(int seed)
{
    private readonly Random _random = new(seed);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    /// <summary>A duration in [0, <paramref name="maxTicks"/>], in whole milliseconds like the API's timestamps.</summary>
    public long Millis(long maxTicks) =>
        maxTicks <= 0 ? 0 : _random.NextInt64(maxTicks / TimeSpan.TicksPerMillisecond + 1) * TimeSpan.TicksPerMillisecond;

    public float Seconds(float min, float max) => min + (float)_random.NextDouble() * (max - min);

    /// <summary>A random (version 4) UUID.</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public UInt128 NextUInt128()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new UInt128(BitConverter.ToUInt64(bytes), BitConverter.ToUInt64(bytes[8..]));
    }

    /// <summary>An index into <paramref name="cumulativeWeights"/>, picked in proportion to its weight.</summary>
    public int Pick(int[] cumulativeWeights)
    {
        var roll = _random.Next(cumulativeWeights[^1]);
        var index = Array.BinarySearch(cumulativeWeights, roll + 1);
        return index >= 0 ? index : ~index;
    }

    public static int[] Cumulative(IEnumerable<int> weights)
    {
        var total = 0;
        return weights.Select(weight => total += weight).ToArray();
    }
}
#pragma warning restore CA5394
