using Folio.Features.Curation.Feeds;

namespace Folio.Tests.Curation;

public sealed class OpmlReaderTests
{
    [Fact]
    public void Reads_every_feed_outline_at_any_depth_once()
    {
        var result = OpmlReader.Read(Samples.Bytes("subscriptions.opml"));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(
            [
                new OpmlSubscription(new Uri("https://harbour.example/feed/"), "Harbour Notes", new Uri("https://harbour.example/")),
                new OpmlSubscription(new Uri("https://lab.example/rss"), "The Lab Journal", null),
                new OpmlSubscription(new Uri("https://atoms.example/blog/feed.atom"), "Atoms", null),
            ],
            result.Subscriptions);
    }

    [Fact]
    public void An_opml_file_with_a_dtd_is_refused()
    {
        var result = OpmlReader.Read(Samples.Bytes("xxe.opml"));

        Assert.Empty(result.Subscriptions);
        Assert.StartsWith("refused: the document declares a DTD", result.Error);
    }

    [Theory]
    [InlineData("<opml><body><outline", "malformed XML:")]
    [InlineData("<rss version=\"2.0\"/>", "not OPML: XML whose root element is <rss>")]
    public void Other_documents_say_why_they_are_not_read(string body, string error)
    {
        var result = OpmlReader.Read(System.Text.Encoding.UTF8.GetBytes(body));

        Assert.False(result.Succeeded);
        Assert.StartsWith(error, result.Error);
    }
}
