using Giosg.PowerShell.Output;
using Giosg.PowerShell.Tests.Infrastructure;

namespace Giosg.PowerShell.Tests.Output;

public sealed class ListingWriterTests
{
    [Fact]
    public void Writes_every_item_in_order_and_reports_the_listing_exhausted()
    {
        var output = new RecordingOutput();

        var result = ListingWriter.Write(new TrackingSequence(7), output, skip: 0, first: ulong.MaxValue, CancellationToken.None);

        Assert.Equal([0, 1, 2, 3, 4, 5, 6], output.Objects.Cast<int>());
        Assert.Equal(new ListingResult(7, 7, Exhausted: true), result);
    }

    [Fact]
    public void Skip_and_first_select_a_window_and_stop_reading_after_it()
    {
        var output = new RecordingOutput();
        var source = new TrackingSequence(100);

        var result = ListingWriter.Write(source, output, skip: 3, first: 4, CancellationToken.None);

        Assert.Equal([3, 4, 5, 6], output.Objects.Cast<int>());
        Assert.Equal(7, source.Produced);
        Assert.True(source.Disposed);
        Assert.False(result.Exhausted);
    }

    [Fact]
    public void A_downstream_stop_thrown_from_write_disposes_the_listing()
    {
        // Select-Object -First stops upstream commands by throwing out of WriteObject.
        var source = new TrackingSequence(100);
        var output = new RecordingOutput { OnWriteObject = value => { if ((int)value == 4) { throw new OperationCanceledException("downstream stop"); } } };

        Assert.Throws<OperationCanceledException>(() => ListingWriter.Write(source, output, 0, ulong.MaxValue, CancellationToken.None));

        Assert.Equal(5, source.Produced);
        Assert.True(source.Disposed);
    }

    [Fact]
    public void First_zero_reads_nothing()
    {
        var source = new TrackingSequence(10);

        var result = ListingWriter.Write(source, new RecordingOutput(), 0, 0, CancellationToken.None);

        Assert.Equal(0, source.Produced);
        Assert.Equal(0UL, result.Written);
    }
}
