using System.Globalization;
using System.Management.Automation;

namespace Giosg.PowerShell.Housekeeping;

/// <summary>
/// Refuses a bare number for a TimeSpan parameter. PowerShell converts a number to a TimeSpan as ticks,
/// so <c>-IdleFor 7</c> would mean 700 nanoseconds and make every open chat stale. Text still converts
/// as TimeSpan text ('7' is 7 days, 7.00:00:00 too).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NoBareNumberAttribute : ArgumentTransformationAttribute
{
    /// <inheritdoc />
    public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        if (value is sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal or System.Numerics.BigInteger)
        {
            var number = Convert.ToString(value, CultureInfo.InvariantCulture);
            throw new ArgumentTransformationMetadataException(
                $"{number} is a bare number, which PowerShell would convert to {number} ticks (less than a millisecond), not {number} days; nothing was done. " +
                $"Write the threshold as a time span: (New-TimeSpan -Days {number}) or {number}.00:00:00.");
        }

        return inputData;
    }
}
