using Folio.Features.Curation.Feeds;
using Folio.Features.Posts;

namespace Folio.Tests.Curation;

public sealed class FeedParserTests
{
    private static readonly FeedParser Parser = new();

    private static ParsedFeed Parse(string sample, string feedUrl)
    {
        var result = Parser.Parse(Samples.Bytes(sample), new Uri(feedUrl));
        Assert.True(result.Succeeded, result.Error);
        return result.Feed!;
    }

    [Fact]
    public void Rss_2_items_carry_content_author_categories_dates_and_image()
    {
        var feed = Parse("rss2.xml", "https://harbour.example/feed/");

        Assert.Equal(FeedFormat.Rss, feed.Format);
        Assert.Equal("Harbour Notes", feed.Title);
        Assert.Equal(new Uri("https://harbour.example/"), feed.SiteUrl);
        var tides = feed.Items[0];
        Assert.Equal("harbour-post-41", tides.Id);
        Assert.Equal("Tide tables & ferries", tides.Title);
        Assert.Equal(new Uri("https://harbour.example/2026/11/tides/"), tides.Link);
        Assert.Equal("<p>The <b>new</b> tables are out.</p>", tides.SummaryHtml);
        Assert.Contains("<p>Full story.</p>", tides.ContentHtml);
        Assert.Equal("Ada Quay", tides.Author);
        Assert.Equal(["Tides", "Ferries"], tides.Categories);
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 9, 15, 0, TimeSpan.Zero), tides.Published);
        Assert.Equal(new Uri("https://harbour.example/tide-large.jpg"), tides.ImageUrl);
    }

    [Fact]
    public void Rss_relative_links_resolve_against_the_feed_and_sloppy_dates_still_read()
    {
        var boats = Parse("rss2.xml", "https://harbour.example/feed/").Items[1];

        Assert.Equal(new Uri("https://harbour.example/2026/10/boats/"), boats.Link);
        Assert.Equal("https://harbour.example/2026/10/boats/", boats.Id);
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 23, 0, 0, TimeSpan.Zero), boats.Published);
        Assert.Equal("editor@harbour.example (The Editor)", boats.Author);
        Assert.Equal(new Uri("https://harbour.example/boat.jpg"), boats.ImageUrl);
    }

    [Fact]
    public void Script_handlers_and_hostile_links_are_removed_from_items()
    {
        var feed = Parse("rss2.xml", "https://harbour.example/feed/");
        var tides = feed.Items[0].ContentHtml!;
        Assert.DoesNotContain("<script", tides);
        Assert.DoesNotContain("onerror", tides);
        Assert.DoesNotContain("javascript:", tides);
        Assert.Contains("<img src=\"https://harbour.example/tide.png\">", tides);

        var hostile = feed.Items[2];
        Assert.Null(hostile.Link);
        Assert.Equal("hostile-1", hostile.Id);
        Assert.DoesNotContain("data:", hostile.SummaryHtml);
        Assert.Contains("<a href=\"https://ok.example/\">ok</a>", hostile.SummaryHtml);
        Assert.Null(hostile.Published);
        Assert.Equal(new Uri("https://harbour.example/thumb.jpg"), hostile.ImageUrl);
    }

    [Fact]
    public void Rss_0_91_reads_in_its_declared_encoding()
    {
        var feed = Parse("rss091.xml", "http://oldschool.example/rss.xml");

        Assert.Equal(FeedFormat.Rss, feed.Format);
        Assert.Equal("Old School Café", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("First post", item.Title);
        Assert.Equal(new Uri("http://oldschool.example/first.html"), item.Link);
        Assert.Equal("Hello from 1999.", item.SummaryHtml);
    }

    [Fact]
    public void Rss_1_rdf_items_read_with_dublin_core()
    {
        var feed = Parse("rss1.rdf", "https://lab.example/rss");

        Assert.Equal(FeedFormat.RssRdf, feed.Format);
        Assert.Equal("Lab Journal", feed.Title);
        Assert.Equal(new Uri("https://lab.example/"), feed.SiteUrl);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("https://lab.example/entries/7", entry.Id);
        Assert.Equal("Entry seven", entry.Title);
        Assert.Equal("A <em>careful</em> result.", entry.SummaryHtml);
        Assert.Equal("<p>Measured twice.</p>", entry.ContentHtml);
        Assert.Equal("Grace Bench", entry.Author);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero), entry.Published);
        Assert.Equal(["Physics"], entry.Categories);
    }

    [Fact]
    public void Atom_entries_honour_xml_base_content_types_and_dates()
    {
        var feed = Parse("atom.xml", "https://atoms.example/blog/feed.atom");

        Assert.Equal(FeedFormat.Atom, feed.Format);
        Assert.Equal("Atoms and Letters", feed.Title);
        Assert.Equal(new Uri("https://atoms.example/blog/"), feed.SiteUrl);
        var one = feed.Items[0];
        Assert.Equal("tag:atoms.example,2026:1", one.Id);
        Assert.Equal(new Uri("https://atoms.example/blog/posts/one"), one.Link);
        Assert.Equal("Less than &lt; more", one.SummaryHtml);
        Assert.Equal("<p>Body with an iframe.</p>", one.ContentHtml);
        Assert.Equal("Lin Atom", one.Author);
        Assert.Equal(["Science", "notes"], one.Categories);
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 6, 0, 0, TimeSpan.Zero), one.Published);
        Assert.Equal(new DateTimeOffset(2026, 11, 4, 9, 0, 0, TimeSpan.Zero), one.Updated);
        Assert.Equal(new Uri("https://atoms.example/blog/images/one.jpg"), one.ImageUrl);

        var two = feed.Items[1];
        Assert.Equal(new Uri("https://atoms.example/blog/posts/two"), two.Link);
        Assert.Contains("<p>Strict <strong>markup</strong>.</p>", two.ContentHtml);
        Assert.Null(two.Published);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), two.Updated);
    }

    [Fact]
    public void Json_feed_items_read_leniently_and_safely()
    {
        var feed = Parse("jsonfeed.json", "https://json.example/feed.json");

        Assert.Equal(FeedFormat.JsonFeed, feed.Format);
        Assert.Equal("Jason's Notes", feed.Title);
        Assert.Equal(new Uri("https://json.example/"), feed.SiteUrl);
        var third = feed.Items[0];
        Assert.Equal("note-3", third.Id);
        Assert.Equal("<p>Hi <a>there</a></p>", third.ContentHtml);
        Assert.Equal("A &lt;short&gt; one", third.SummaryHtml);
        Assert.Equal("Jason Feed", third.Author);
        Assert.Equal(["notes", "misc"], third.Categories);
        Assert.Equal(new Uri("https://json.example/3.png"), third.ImageUrl);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero), third.Published);

        var second = feed.Items[1];
        Assert.Equal("2", second.Id);
        Assert.Equal(new Uri("https://elsewhere.example/article"), second.Link);
        Assert.Equal("<p>Plain text.</p><p>Two paragraphs &amp; an ampersand.</p>", second.ContentHtml);
        Assert.Equal("Guest Writer", second.Author);
    }

    [Theory]
    [InlineData("dtd.xml")]
    [InlineData("xxe.xml")]
    [InlineData("billion-laughs.xml")]
    public void A_feed_with_a_dtd_is_refused(string sample)
    {
        var result = Parser.Parse(Samples.Bytes(sample), new Uri("https://hostile.example/feed"));

        Assert.Equal(FeedParseFailure.Refused, result.Failure);
        Assert.StartsWith("refused: the document declares a DTD", result.Error);
    }

    [Theory]
    [InlineData("malformed.xml", "malformed XML: The 'title' start tag on line 5 position 12 does not match the end tag of 'item'. Line 5, position 24.")]
    [InlineData("undeclared-entity.xml", "malformed XML: Reference to undeclared entity 'nbsp'. Line 2, position 37.")]
    public void Malformed_xml_is_refused_with_where_it_broke(string sample, string error)
    {
        var result = Parser.Parse(Samples.Bytes(sample), new Uri("https://broken.example/feed"));

        Assert.Equal(FeedParseFailure.Malformed, result.Failure);
        Assert.Equal(error, result.Error);
    }

    [Theory]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [", FeedParseFailure.Malformed, "malformed JSON at line 1")]
    [InlineData("{\"hello\": \"world\"}", FeedParseFailure.NotAFeed, "not a feed: JSON without")]
    [InlineData("<!DOCTYPE html><html><body>Hi</body></html>", FeedParseFailure.NotAFeed, "not a feed: an HTML page")]
    [InlineData("<?xml version=\"1.0\"?><note>hi</note>", FeedParseFailure.NotAFeed, "not a feed: XML whose root element is <note>")]
    [InlineData("", FeedParseFailure.Malformed, "malformed XML: Root element is missing.")]
    [InlineData("\uFEFF  plain words", FeedParseFailure.Malformed, "malformed XML:")]
    public void Documents_that_are_not_feeds_say_what_they_are(string body, FeedParseFailure failure, string error)
    {
        var result = Parser.Parse(System.Text.Encoding.UTF8.GetBytes(body), new Uri("https://x.example/"));

        Assert.Equal(failure, result.Failure);
        Assert.StartsWith(error, result.Error);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"/>")]
    [InlineData("<rss><channel><item><pubDate>x</pubDate><link>::::</link><guid/></item></channel></rss>")]
    [InlineData("<rss version=\"2.0\"><channel><item><enclosure/><category/></item><item/></channel></rss>")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><link href=\"%%%\"/><updated>soon</updated></entry></feed>")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"image/png\" src=\"x.png\"/></entry></feed>")]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [1, {\"id\": []}, {\"title\": 5}]}")]
    public void Odd_feeds_are_read_or_refused_but_never_throw(string body)
    {
        var result = Parser.Parse(System.Text.Encoding.UTF8.GetBytes(body), new Uri("https://odd.example/feed"));

        Assert.True(result.Succeeded || result.Error is not null);
    }
}
