using System.Net;
using System.Net.Http.Json;
using System.Text;
using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Curation.Feeds;
using Folio.Features.Posts;
using Folio.Tests.Comments;
using Folio.Tests.RestApi;

namespace Folio.Tests.Security;

/// <summary>
/// Markup nested thousands deep cost the parsers time by the square of its depth (issue 18, item 1):
/// every parser entry refuses it in words above <see cref="MarkupLimits.MaxDepth"/>, and takes
/// everything up to it whole, so what it parses costs time in proportion to its length.
/// </summary>
public sealed class NestingDepthTests(CommentSite site) : IClassFixture<CommentSite>
{
    private const int Limit = MarkupLimits.MaxDepth;

    private static string Nested(int depth, string open, string close, string middle = "x") =>
        new StringBuilder().Insert(0, open, depth).Append(middle).Insert(open.Length * depth + middle.Length, close, depth).ToString();

    public static TheoryData<string, Func<int, string>> HtmlShapes => new()
    {
        { "boxes in boxes", depth => Nested(depth, "<div>", "</div>") },
        { "bold never closed", depth => string.Concat(Enumerable.Repeat("<b>", depth)) + "x" },
        { "lists in lists", depth => Nested(depth, "<ul><li>", "</li></ul>") },
        { "stray end tags that close nothing", depth => string.Concat(Enumerable.Repeat("<div></span>", depth)) + "x" },
    };

    [Theory]
    [MemberData(nameof(HtmlShapes))]
    public void Html_is_taken_whole_to_the_limit_and_refused_in_words_beyond_it(string shape, Func<int, string> html)
    {
        var atLimit = PostBodyRenderer.ToSafeHtml(html(Limit), BodyFormat.Html);
        Assert.True(atLimit.Contains('x'), $"{shape}: the text at the limit lost its words.");

        var refused = Assert.Throws<MarkupRefusedException>(() => PostBodyRenderer.ToSafeHtml(html(Limit + 1), BodyFormat.Html));
        Assert.Contains($"more than {Limit} levels deep", refused.Message);
        // Far beyond: refused just the same, by a tokenizer pass (which cost minutes of parsing before).
        Assert.Throws<MarkupRefusedException>(() => PostBodyRenderer.ToSafeHtml(html(100_000), BodyFormat.Html));
    }

    [Fact]
    public void Markdown_nested_past_what_Markdig_takes_is_refused_in_words_not_an_error()
    {
        var refused = Assert.Throws<MarkupRefusedException>(() => PostBodyRenderer.ToSafeHtml(new string('>', 1000) + " deep", BodyFormat.Markdown));
        Assert.Contains("levels deep", refused.Message);
        Assert.Contains("<blockquote>", PostBodyRenderer.ToSafeHtml(new string('>', 20) + " quoted", BodyFormat.Markdown));
    }

    [Fact]
    public async Task A_guest_comment_of_deeply_nested_quotes_is_refused_on_the_form_not_with_a_blank_error()
    {
        var response = await site.CommentAsGuestAsync(site.Reader(), new string('>', 1000) + " deep", email: "nested@example.com");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("levels deep", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await site.QuerySiteAsync("talk", db => db.Comments.CountAsync(c => c.AuthorEmail == "nested@example.com")));
    }

    [Fact]
    public async Task A_post_sent_through_the_api_nested_too_deeply_is_refused_with_a_message_and_nothing_saved()
    {
        var password = await ApplicationPasswordClient.CreateAsync(site, "author@talk.example");
        var author = ApplicationPasswordClient.For(site, CommentSite.Host, "author@talk.example", password);

        var response = await author.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Boxes all the way down", content = Nested(5_000, "<div>", "</div>") });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("levels deep", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await site.QuerySiteAsync("talk", db => db.Posts.CountAsync(p => p.Title == "Boxes all the way down")));
    }

    [Fact]
    public void A_comment_is_checked_as_deeply_as_a_post()
    {
        Assert.Throws<MarkupRefusedException>(() => CommentRenderer.ToSafeHtml(Nested(Limit + 1, "<blockquote>", "</blockquote>")));
        Assert.Contains("x", CommentRenderer.ToSafeHtml(Nested(Limit, "<blockquote>", "</blockquote>")));
    }

    private static byte[] Rss(string itemInner) => Encoding.UTF8.GetBytes(
        $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>https://example.com/</link><description>d</description><item><title>i</title><link>https://example.com/1</link>{itemInner}</item></channel></rss>");

    [Fact]
    public void A_feed_nested_too_deeply_in_its_XML_or_its_HTML_is_refused_with_the_reason()
    {
        var parser = new FeedParser();
        var feedUrl = new Uri("https://example.com/feed/");

        var deepXml = parser.Parse(Rss(Nested(Limit, "<x:a xmlns:x=\"urn:x\">", "</x:a>")), feedUrl);
        var deepHtml = parser.Parse(Rss("<description><![CDATA[" + Nested(Limit + 1, "<div>", "</div>") + "]]></description>"), feedUrl);
        var fine = parser.Parse(Rss("<description><![CDATA[" + Nested(Limit - 1, "<div>", "</div>") + "]]></description>"), feedUrl);

        Assert.Equal(FeedParseFailure.Refused, deepXml.Failure);
        Assert.Contains("levels deep", deepXml.Error);
        Assert.Equal(FeedParseFailure.Refused, deepHtml.Failure);
        Assert.Contains("levels deep", deepHtml.Error);
        Assert.True(fine.Succeeded, fine.Error);
    }
}
