using Giosg.Client.Tags;

namespace Giosg.Client.Tests.Resources;

/// <summary>A tag's URL reaches the API as exactly one path segment, or is refused.</summary>
public sealed class TagUriTests
{
    private static readonly Uri Tags = new("https://service.giosg.com/api/v5/orgs/o/owned_chats/c/tags/");

    [Theory]
    [InlineData("Follow-up/2026", "Follow-up%2F2026")]
    [InlineData("Premium customer", "Premium%20customer")]
    [InlineData("a?b#c%d", "a%3Fb%23c%25d")]
    [InlineData("Ääkkönen", "%C3%84%C3%A4kk%C3%B6nen")]
    [InlineData("...", "...")]
    public void A_name_travels_as_one_encoded_segment(string name, string segment) =>
        Assert.Equal("/api/v5/orgs/o/owned_chats/c/tags/" + segment, TagUri.Build(Tags, name).AbsolutePath);

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public void A_dot_segment_name_is_refused_rather_than_sent_to_the_chat(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => TagUri.Build(Tags, name));

        Assert.Contains("address the chat", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slash_is_refused_where_the_uri_parser_unescapes_it_as_dotnet_framework_may()
    {
        // .NET Framework's legacy parsing of http(s) paths: %2F becomes a separator.
        static Uri Legacy(string text) => new(text.Replace("%2F", "/", StringComparison.Ordinal));

        var error = Assert.Throws<ArgumentException>(() => TagUri.Build(Tags, "Follow-up/2026", Legacy));

        Assert.Contains("'/'", error.Message, StringComparison.Ordinal);
        Assert.Equal("/api/v5/orgs/o/owned_chats/c/tags/Lead", TagUri.Build(Tags, "Lead", Legacy).AbsolutePath);
    }
}
