using System.Text;
using Folio.Features.Posts;
using Folio.Features.WordPress;
using Folio.Infrastructure.Localization;

namespace Folio.Tests.WordPress;

public sealed class WxrReaderTests
{
    /// <summary>The refusals' words, in the thread's language: English here, as on the command line.</summary>
    private static readonly Localizer Words = new(Catalogues.Shipped());

    private static readonly string Sample = WordPressApp.SampleText(WordPressApp.Sample);

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public async Task Every_WXR_version_reads_the_same_entries(string version)
    {
        var file = Sample.Replace("http://wordpress.org/export/1.2/", $"http://wordpress.org/export/{version}/")
            .Replace("<wp:wxr_version>1.2</wp:wxr_version>", $"<wp:wxr_version>{version}</wp:wxr_version>");

        var survey = await WxrReader.SurveyAsync(Stream(file), Words, CancellationToken.None);
        var entries = new List<WxrEntry>();
        await foreach (var entry in WxrReader.ReadAsync(Stream(file), Words, CancellationToken.None)) entries.Add(entry);

        Assert.Equal((version, "http://oldblog.example", 10), (survey.Version, survey.BaseSiteUrl, survey.ItemCount));
        Assert.Equal([10L, 17L], survey.AttachmentUrls.Keys.Order());
        Assert.Equal(["alice", "bob"], entries.OfType<WxrAuthor>().Select(a => a.Login));
        Assert.Contains(new WxrTerm(WxrTermKind.Category, "local", "Local news", "news") { WordPressId = 4 }, entries.OfType<WxrTerm>());
        Assert.Contains(new WxrTerm(WxrTermKind.Tag, "cafés", "Cafés", null) { WordPressId = 6 }, entries.OfType<WxrTerm>());
        Assert.Contains(new WxrTerm(WxrTermKind.Menu, "main-menu", "Main menu", null) { WordPressId = 7 }, entries.OfType<WxrTerm>());
        var post = entries.OfType<WxrItem>().Single(i => i.Id == 11);
        Assert.Equal(("post", "publish", "alice", true), (post.Type, post.Status, post.Creator, post.Sticky));
        Assert.Equal("The council approved the plan.", post.Excerpt);
        Assert.Equal(new DateTime(2020, 1, 15, 9, 30, 0, DateTimeKind.Utc), post.DateGmt);
        Assert.Equal(6, post.Comments.Count);
        Assert.Equal(101, post.Comments.Single(c => c.Id == 102).ParentId);
        Assert.Null(entries.OfType<WxrItem>().Single(i => i.Id == 13).DateGmt); // WordPress's zeros
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.2.3")]
    [InlineData("v1.2")]
    public async Task A_version_that_is_not_a_number_like_1_2_is_refused_as_WordPress_refuses_it(string version)
    {
        var file = Sample.Replace("<wp:wxr_version>1.2</wp:wxr_version>", $"<wp:wxr_version>{version}</wp:wxr_version>");

        var refused = await Assert.ThrowsAsync<WxrRefusedException>(() => WxrReader.SurveyAsync(Stream(file), Words, CancellationToken.None));

        Assert.Contains("not a WordPress export file", refused.Message);
        Assert.Contains($"\"{version}\"", refused.Message);
    }

    [Fact]
    public async Task A_version_newer_than_1_2_is_read_as_WordPress_reads_it_with_a_warning()
    {
        var file = Sample.Replace("<wp:wxr_version>1.2</wp:wxr_version>", "<wp:wxr_version> 1.10 </wp:wxr_version>");

        var survey = await WxrReader.SurveyAsync(Stream(file), Words, CancellationToken.None);

        Assert.Equal(("1.10", 10), (survey.Version, survey.ItemCount));
        Assert.True(survey.IsNewerThanKnown);
    }

    [Theory]
    [InlineData("<!-- wp:paragraph -->\n<p>Kept</p>\n<!-- /wp:paragraph -->", "\n<p>Kept</p>\n")]
    [InlineData("[caption id=\"attachment_1\" width=\"300\"]<img src=\"/a.png\"> A boat[/caption]", "<figure class=\"wp-caption\"><img src=\"/a.png\"><figcaption>A boat</figcaption></figure>")]
    [InlineData("[caption caption=\"Old style\"]<a href=\"/a\"><img src=\"/a.png\"></a>[/caption]", "<figure class=\"wp-caption\"><a href=\"/a\"><img src=\"/a.png\"></a><figcaption>Old style</figcaption></figure>")]
    [InlineData("<!-- wp:gallery -->[gallery ids=\"1,2,3\"]<!-- /wp:gallery -->", "<ul class=\"wp-gallery\"><li><img src=\"/one.png\" alt=\"\"></li><li><img src=\"/two.png\" alt=\"\"></li></ul>")]
    [InlineData("<!-- wp:embed -->[embed]https://video.example/v?a=1&amp;b=2[/embed]<!-- /wp:embed -->", "<p><a href=\"https://video.example/v?a=1&amp;b=2\">https://video.example/v?a=1&amp;b=2</a></p>")]
    [InlineData("<!-- wp:audio -->[audio src=\"javascript:alert(1)\"]<!-- /wp:audio -->", "")]
    [InlineData("<!-- wp:audio -->[audio mp3=\"https://files.example/song.mp3\"][/audio]<!-- /wp:audio -->",
        "<audio class=\"wp-audio-shortcode\" controls preload=\"none\" src=\"https://files.example/song.mp3\"><a href=\"https://files.example/song.mp3\">https://files.example/song.mp3</a></audio>")]
    [InlineData("<!-- wp:video -->[video width=\"640\" height=\"360\" mp4=\"https://files.example/clip.mp4\" poster=\"https://files.example/clip.jpg\"][/video]<!-- /wp:video -->",
        "<video class=\"wp-video-shortcode\" controls preload=\"none\" src=\"https://files.example/clip.mp4\" width=\"640\" height=\"360\" poster=\"https://files.example/clip.jpg\"><a href=\"https://files.example/clip.mp4\">https://files.example/clip.mp4</a></video>")]
    [InlineData("<!-- wp:shortcode -->[contact-form-7 id=\"42\"]<!-- /wp:shortcode -->", "[contact-form-7 id=\"42\"]")]
    [InlineData("One\ntwo\n\n<ul><li>list</li></ul>\n\nThree", "<p>One<br />\ntwo</p>\n<ul>\n<li>list</li>\n</ul>\n<p>Three</p>")]
    public void WordPress_content_becomes_the_HTML_WordPress_shows(string content, string html)
    {
        string? Attachment(long id) => id switch { 1 => "/one.png", 2 => "/two.png", _ => null };

        Assert.Equal(html, WordPressBodies.ToHtml(content, Attachment));
    }

    private static string OneItem(string itemInner) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><wp:wxr_version>1.2</wp:wxr_version>"
        + $"<item><title>Big</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type>{itemInner}</item></channel></rss>";

    [Fact]
    public async Task An_item_larger_than_the_limit_is_refused_before_anything_is_read_whole()
    {
        var atLimit = OneItem($"<content:encoded><![CDATA[{new string('w', (int)WxrReader.MaxEntryCharacters - 100)}]]></content:encoded>");
        var over = OneItem($"<content:encoded><![CDATA[{new string('w', (int)WxrReader.MaxEntryCharacters + 1)}]]></content:encoded>");

        Assert.Equal(1, (await WxrReader.SurveyAsync(Stream(atLimit), Words, CancellationToken.None)).ItemCount);
        var refused = await Assert.ThrowsAsync<WxrRefusedException>(() => WxrReader.SurveyAsync(Stream(over), Words, CancellationToken.None));
        Assert.Contains("holds more than 8 million characters", refused.Message);
    }

    [Fact]
    public async Task An_item_nested_past_the_limit_is_refused_with_its_line()
    {
        var nested = new StringBuilder().Insert(0, "<wp:postmeta>", MarkupLimits.MaxDepth).Append(new StringBuilder().Insert(0, "</wp:postmeta>", MarkupLimits.MaxDepth));

        var refused = await Assert.ThrowsAsync<WxrRefusedException>(() => WxrReader.SurveyAsync(Stream(OneItem(nested.ToString())), Words, CancellationToken.None));

        Assert.Contains($"more than {MarkupLimits.MaxDepth} levels deep (line 1)", refused.Message);
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
