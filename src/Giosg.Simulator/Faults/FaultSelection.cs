using System.Globalization;

namespace Giosg.Simulator.Faults;

/// <summary>Which of the requests a rule matches it faults: all, a random share, the first N, or every Nth.</summary>
internal enum SelectionKind
{
    Always,
    Probability,
    First,
    Every,
}

/// <summary>How a <see cref="FaultRule"/> picks among the requests it matches.</summary>
/// <param name="Kind">The way of picking.</param>
/// <param name="Probability">The share for <see cref="SelectionKind.Probability"/>, 0 to 1.</param>
/// <param name="Count">N for <see cref="SelectionKind.First"/> and <see cref="SelectionKind.Every"/>.</param>
internal readonly record struct FaultSelection(SelectionKind Kind, double Probability, int Count)
{
    public static FaultSelection Always => new(SelectionKind.Always, 1, 0);

    /// <param name="matched">How many requests the rule has matched, this one included (1 for the first).</param>
    /// <param name="random">The plan's seeded random; drawn from once per matched request for a probability, never otherwise.</param>
    public bool Selects(long matched, Random random) => Kind switch
    {
        SelectionKind.Probability => random.NextDouble() < Probability,
        SelectionKind.First => matched <= Count,
        SelectionKind.Every => matched % Count == 0,
        _ => true,
    };

    /// <summary>The command line's form: <c>0.2</c>, <c>first3</c>, <c>every5</c>, <c>always</c>.</summary>
    public override string ToString() => Kind switch
    {
        SelectionKind.Probability => Probability.ToString("R", CultureInfo.InvariantCulture),
        SelectionKind.First => $"first{Count.ToString(CultureInfo.InvariantCulture)}",
        SelectionKind.Every => $"every{Count.ToString(CultureInfo.InvariantCulture)}",
        _ => "always",
    };
}
