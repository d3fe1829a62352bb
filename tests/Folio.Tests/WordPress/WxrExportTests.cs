using AngleSharp.Dom;
using Folio.Features.Posts;
using Folio.Features.WordPress;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.WordPress;

public sealed class WxrExportTests(WordPressApp app) : IClassFixture<WordPressApp>
{
    [Fact]
    public async Task A_site_exported_and_imported_into_a_new_site_keeps_its_posts_comments_and_terms()
    {
        var ownerA = await app.CreateSiteAsync("origin", "Origin");
        await app.ImportAsync("origin", ownerA, app.SampleFile());
        var nativePath = await app.SavePostAsync("origin", new SavePost
        {
            AuthorId = ownerA, Title = "Written in Folio", Body = "Some *Markdown* with a list:\n\n- one\n- two\n\n```\ncode\n\nwith a blank line\n```",
            Status = PostStatus.Published, Categories = ["Folio notes"], Tags = ["markdown", "Ünïcode"],
        });
        var comment = await app.ClientFor("origin.localhost").PostAsync($"{nativePath}?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Comment"] = "A reply with **bold** and ]]> in it.", ["Form.Author"] = "Reader", ["Form.Email"] = "reader@example.org",
        }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, comment.StatusCode);
        var exported = await app.ExportAsync("origin");

        var ownerB = await app.CreateSiteAsync("copy", "Copy");
        var result = await app.ImportAsync("copy", ownerB, exported);

        Assert.Empty(result.Errors);
        Assert.Equal(await PostsOf("origin"), await PostsOf("copy"));
        Assert.Equal(await CommentsOf("origin"), await CommentsOf("copy"));
        var (categoriesA, tagsA) = await app.TermsAsync("origin");
        var (categoriesB, tagsB) = await app.TermsAsync("copy");
        Assert.Equal(categoriesA.Select(c => (c.Slug, c.Name)), categoriesB.Select(c => (c.Slug, c.Name)));
        Assert.Equal(tagsA.Select(t => (t.Slug, t.Name)), tagsB.Select(t => (t.Slug, t.Name)));
        // Short links of the first site lead to the same posts on the second.
        var originPost = (await app.PostsAsync("origin")).Single(p => p.Title == "Written in Folio");
        var redirect = await app.ClientFor("copy.localhost").GetAsync($"/?p={originPost.Id}");
        Assert.Equal(nativePath, redirect.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_CSS_escape_in_a_post_keeps_its_meaning_on_the_page_in_the_export_and_in_a_site_imported_from_it()
    {
        // The line of WordPress's own importer fixture (wxr-css-urls.xml) that names a file with parentheses.
        const string Body = @"<p style=""background-image: url('https://uploads.example/bg\28special\29.jpg')"">URL with escaped parentheses</p>";
        const string Style = @"background-image: url(""https://uploads.example/bg(special).jpg"")";
        var owner = await app.CreateSiteAsync("escapes", "Escapes");
        var path = await app.SavePostAsync("escapes", new SavePost { AuthorId = owner, Title = "Escapes", Body = Body, BodyFormat = BodyFormat.Html, Status = PostStatus.Published });

        var page = await app.ClientFor("escapes.localhost").GetDocumentAsync(path);
        var exported = await app.ExportAsync("escapes");
        var content = System.Xml.Linq.XDocument.Load(exported).Descendants(System.Xml.Linq.XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/"))
            .Single(e => e.Value.Contains("URL with escaped parentheses")).Value;
        var imported = await app.CreateSiteAsync("escapescopy", "Escapes copy");
        Assert.Empty((await app.ImportAsync("escapescopy", imported, exported)).Errors);
        var copy = await app.ClientFor("escapescopy.localhost").GetDocumentAsync(path);

        Assert.Equal(Style, page.QuerySelector(".post-content p")!.GetAttribute("style"));
        Assert.Equal(Style, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(content).QuerySelector("p")!.GetAttribute("style"));
        Assert.Equal(Style, copy.QuerySelector(".post-content p")!.GetAttribute("style"));
    }

    [Fact]
    public async Task The_export_is_a_WXR_1_2_file_with_the_channel_authors_terms_and_items_WordPress_reads()
    {
        var owner = await app.CreateSiteAsync("shape", "Shape");
        await app.ImportAsync("shape", owner, app.SampleFile());
        var text = await app.ForSiteAsync("shape", async services =>
        {
            using var output = new MemoryStream();
            await services.GetRequiredService<WxrExporter>().WriteAsync(output, CancellationToken.None);
            return System.Text.Encoding.UTF8.GetString(output.ToArray());
        });

        var document = System.Xml.Linq.XDocument.Parse(text);
        System.Xml.Linq.XNamespace wp = "http://wordpress.org/export/1.2/";
        var channel = document.Root!.Element("channel")!;
        Assert.Equal("1.2", channel.Element(wp + "wxr_version")!.Value);
        Assert.Equal("http://shape.localhost/", channel.Element(wp + "base_site_url")!.Value);
        Assert.Equal("http://shape.localhost/", channel.Element(wp + "base_blog_url")!.Value);
        Assert.Contains(channel.Elements(wp + "author"), a => a.Element(wp + "author_email")!.Value == "owner-of-shape@example.com");
        Assert.Contains(channel.Elements(wp + "category"), c => c.Element(wp + "category_nicename")!.Value == "local");
        Assert.Contains(channel.Elements(wp + "tag"), t => t.Element(wp + "tag_slug")!.Value == "caf%c3%a9s");
        var items = channel.Elements("item").ToList();
        var attachment = items.Single(i => i.Element(wp + "post_type")!.Value == "attachment");
        Assert.StartsWith("http://shape.localhost/media/", attachment.Element(wp + "attachment_url")!.Value);
        var plan = items.Single(i => i.Element("title")!.Value == "Harbour plan approved");
        Assert.Equal("http://shape.localhost/2020/01/15/harbour-plan-approved/", plan.Element("link")!.Value);
        Assert.Equal(attachment.Element(wp + "post_id")!.Value,
            plan.Elements(wp + "postmeta").Single(m => m.Element(wp + "meta_key")!.Value == "_thumbnail_id").Element(wp + "meta_value")!.Value);
        Assert.Equal("1", plan.Element(wp + "is_sticky")!.Value);
        // The picture in the post is addressed in full, so whoever reads the file can fetch it.
        System.Xml.Linq.XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        Assert.Contains($"src=\"{attachment.Element(wp + "attachment_url")!.Value}\"", plan.Element(content + "encoded")!.Value);
        Assert.Equal(["0", "1", "1", "spam", "trash"], plan.Elements(wp + "comment").Select(c => c.Element(wp + "comment_approved")!.Value).Order());
        Assert.Contains(items, i => i.Element(wp + "post_type")!.Value == "page" && i.Element(wp + "post_name")!.Value == "about");
    }

    /// <summary>
    /// Everything of each post the round trip must keep, one line per post, in a stable order. An
    /// image's address differs by design: each site stores its own copy under its own name.
    /// </summary>
    private async Task<List<string>> PostsOf(string slug) =>
        (await app.PostsWithTermsAsync(slug))
            .Select(p => string.Join(" | ", p.Kind, p.Title, p.Slug, p.Status, Seconds(p.PublishedAt),
                System.Text.RegularExpressions.Regex.Replace(AsReadersSeeIt(p.BodyHtml), @"(https?://[^/""]+)?/media/[^\s"",]+", "/media/(image)"), p.Excerpt, p.CommentsOpen, p.Sticky,
                string.Join(",", p.CustomFields.Select(f => $"{f.Key}={f.Value}").Order()),
                string.Join(",", p.Categories.Select(c => c.Category.Slug).Order()), string.Join(",", p.Tags.Select(t => t.Tag.Slug).Order())))
            .Order().ToList();

    /// <summary>
    /// A body's elements, their attributes and words, without what the export's block markup adds
    /// and an import keeps, as it keeps it from any WordPress block post: the blank lines between
    /// blocks, the block classes (<c>wp-block-list</c>…) and an image's or table's figure.
    /// </summary>
    private static string AsReadersSeeIt(string html)
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<!doctype html><html><body>" + html);
        return string.Join(" ", document.Body!.Descendants<INode>().Select(node => node switch
        {
            IElement { LocalName: "figure" } => "",
            IElement element => "<" + element.LocalName + string.Concat(element.Attributes
                .Where(a => a.Name != "class" || !a.Value.StartsWith("wp-", StringComparison.Ordinal)).Select(a => $" {a.Name}=\"{a.Value}\"")) + ">",
            IText text => text.Data.Trim(),
            _ => "",
        }).Where(part => part.Length > 0));
    }

    /// <summary>Everything of each comment the round trip must keep, its post and parent named rather than numbered.</summary>
    private async Task<List<string>> CommentsOf(string slug)
    {
        var posts = (await app.PostsAsync(slug)).ToDictionary(p => p.Id, p => p.Slug);
        var comments = await app.CommentsAsync(slug);
        var names = comments.ToDictionary(c => c.Id, c => c.AuthorName);
        return comments.Select(c => string.Join(" | ", posts[c.PostId], c.AuthorName, c.AuthorEmail, c.AuthorUrl, c.Body, c.BodyHtml, c.Status,
                Seconds(c.CreatedAt), c.ParentId is { } parent ? names[parent] : "-", c.IpAddress))
            .Order().ToList();
    }

    private static string Seconds(DateTime? at) => at?.ToString("yyyy-MM-dd HH:mm:ss") ?? "-";
}
