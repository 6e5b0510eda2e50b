using Giosg.Simulator.Paging;

namespace Giosg.Simulator.Tests;

public sealed class CursorFormatTests
{
    [Fact]
    public void A_cursor_survives_encoding_and_is_url_safe()
    {
        var cursor = new Cursor(new ChatKey(638_000_000_000_000_000, Guid.NewGuid()), SortField.UpdatedAt, Backwards: true);

        var text = cursor.Encode();

        Assert.Matches("^[A-Za-z0-9_-]+$", text);
        Assert.True(Cursor.TryDecode(text, out var decoded));
        Assert.Equal(cursor, decoded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!!")]
    [InlineData("AAAA")]
    [InlineData("AgBw0zE3yT7eCAttd3JkFddJrp8-CA7iivM")]
    public void Garbage_is_not_a_cursor(string text) => Assert.False(Cursor.TryDecode(text, out _));
}
