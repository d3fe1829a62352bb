using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Folio.Features.Likes;
using Folio.Features.Posts;
using Folio.Features.WordPress;
using Folio.Tests.Comments;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Posts;

/// <summary>
/// A whole site written in one script, from its post, page, category and tag to its feeds,
/// sitemap, REST API and a WXR export imported into another site: every address works in its one
/// canonical form (percent-encoded UTF-8), answers from any other spelling with one redirect at
/// most, and survives the round trip unchanged.
/// </summary>
public sealed class EveryScriptSiteTests(CommentSite app) : IClassFixture<CommentSite>
{
    public sealed record Script(string Code, string Title, string PageTitle, string Category, string Tag)
    {
        public override string ToString() => Code;
    }

    public static TheoryData<Script> Scripts() =>
    [
        new Script("ru", "Новая заметка о выборах", "О нас", "Политика", "Выборы"),
        new Script("hy", "Նոր գրառում ընտրությունների մասին", "Մեր մասին", "Քաղաքականություն", "Ընտրություններ"),
        new Script("el", "Νέα ανάρτηση για τις εκλογές", "Σχετικά με εμάς", "Πολιτική", "Εκλογές"),
        new Script("ar", "تدوينة جديدة عن الانتخابات", "من نحن", "سياسة", "انتخابات"),
        new Script("ja", "選挙についての新しい記事", "私たちについて", "政治", "選挙"),
    ];

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Every_address_of_a_site_in_one_script_works_everywhere_and_survives_export_and_import(Script script)
    {
        var slug = $"script-{script.Code}";
        var host = $"{slug}.localhost";
        var owner = await app.CreateSiteAsync(slug, script.Code);
        var postPath = await app.SavePostAsync(slug, new SavePost
        {
            AuthorId = owner, Title = script.Title, Body = script.PageTitle, Status = PostStatus.Published, Categories = [script.Category], Tags = [script.Tag],
        });
        var pagePath = await app.SavePostAsync(slug, new SavePost { AuthorId = owner, Kind = PostKind.Page, Title = script.PageTitle, Body = script.Title, Status = PostStatus.Published });
        var reader = app.ClientFor(host);
        var post = await reader.GetDocumentAsync(postPath);
        var categoryPath = post.QuerySelector("a[rel=category]")!.GetAttribute("href")!;
        var tagPath = post.QuerySelector("a[rel=tag]")!.GetAttribute("href")!;
        string[] addresses = [postPath, pagePath, categoryPath, tagPath];

        foreach (var path in addresses)
        {
            Assert.Matches("^(/|%[0-9A-F]{2}|[a-z0-9-])+$", path); // one canonical form: UTF-8, percent-encoded, upper-case escapes
            await OpensAsync(reader, path, path, allowedRedirects: 0);
            await OpensAsync(reader, Regex.Replace(path, "%[0-9A-F]{2}", escape => escape.Value.ToLowerInvariant()), path, allowedRedirects: 1);
            await OpensAsync(reader, Uri.UnescapeDataString(path), path, allowedRedirects: 1);
        }
        Assert.Contains(script.Title, (await reader.GetDocumentAsync(categoryPath)).PostTitles());
        Assert.Contains(script.Title, (await reader.GetDocumentAsync(tagPath)).PostTitles());

        var comment = await app.CommentAsGuestAsync(reader, script.Title, onPath: postPath);
        var held = comment.Headers.Location!.OriginalString; // a first comment waits for moderation, at the post's own address
        Assert.StartsWith($"{postPath}?held=", held);
        Assert.Contains("#comment-", held);
        await LikeAsync(slug, host, postPath);

        var siteUrl = $"http://{host}";
        var feed = XDocument.Parse(await reader.GetStringAsync("/feed/"));
        Assert.Contains(siteUrl + postPath, feed.Descendants("item").Select(item => item.Element("link")!.Value));
        Assert.Contains(siteUrl + postPath, XDocument.Parse(await reader.GetStringAsync(categoryPath + "feed/")).Descendants("link").Select(link => link.Value));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(postPath + "feed/")).StatusCode);
        var sitemap = XDocument.Parse(await reader.GetStringAsync("/sitemap.xml")).Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(loc => loc.Value).ToList();
        Assert.All(addresses, path => Assert.Contains(siteUrl + path, sitemap));

        await AssertEmbedsAsync(reader, postPath, script.Title);
        await AssertEmbedsAsync(reader, pagePath, script.PageTitle);

        await AssertRestFindsBySlugAsync(reader, "posts", postPath, siteUrl + postPath);
        await AssertRestFindsBySlugAsync(reader, "pages", pagePath, siteUrl + pagePath);
        await AssertRestFindsBySlugAsync(reader, "categories", categoryPath, siteUrl + categoryPath);
        await AssertRestFindsBySlugAsync(reader, "tags", tagPath, siteUrl + tagPath);

        var admin = await app.SignedInClientAsync(host, $"owner-of-{slug}@example.com");
        var export = Path.Combine(app.Database.DataDirectory, $"{slug}.xml");
        await File.WriteAllBytesAsync(export, await admin.GetByteArrayAsync("/admin/export/wxr/"));
        var copy = $"{slug}-copy";
        var copyOwner = await app.CreateSiteAsync(copy, script.Code);
        var imported = await app.ForSiteAsync(copy, services => services.GetRequiredService<ImportWxrHandler>().HandleAsync(new ImportWxr(export, copyOwner, []), null, CancellationToken.None));
        Assert.Empty(imported.Errors);
        var copyReader = app.ClientFor($"{copy}.localhost");
        foreach (var path in addresses) await OpensAsync(copyReader, path, path, allowedRedirects: 0);
        Assert.Equal(script.Title, (await copyReader.GetDocumentAsync(postPath)).QuerySelector("h1")!.TextContent.Trim());
    }

    private async Task LikeAsync(string slug, string host, string postPath)
    {
        var postId = await app.QuerySiteAsync(slug, db => db.Posts.Where(p => p.Kind == PostKind.Post).Select(p => p.Id).SingleAsync());
        var email = $"liker-of-{slug}@example.com";
        await app.NewReaderAsync(email);
        var liker = await app.SignedInClientAsync(host, email);

        var liked = await liker.PostFormAsync($"/likes/{postId}/", new() { ["liked"] = "true" }, pagePath: postPath);

        Assert.Equal($"{postPath}#likes", liked.Headers.Location!.OriginalString);
        var likes = await liker.GetFromJsonAsync<LikesJson>($"/likes/{postId}.json");
        Assert.Equal((1, true), (likes!.Count, likes.Liked));
    }

    /// <summary>Another site finds the card as WordPress does, from the page's oEmbed link, and the card's frame shows the title.</summary>
    private static async Task AssertEmbedsAsync(HttpClient reader, string path, string title)
    {
        var discovery = (await reader.GetDocumentAsync(path)).QuerySelector("link[type='application/json+oembed']")!.GetAttribute("href")!;
        using var card = JsonDocument.Parse(await reader.GetStringAsync(discovery));
        var frame = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(card.RootElement.GetProperty("html").GetString()!).QuerySelector("iframe")!;
        var embedPath = new Uri(frame.GetAttribute("src")!).AbsolutePath;

        Assert.Equal(path + "embed/", embedPath);
        Assert.Equal(title, (await reader.GetDocumentAsync(embedPath)).QuerySelector("h1")!.TextContent.Trim());
    }

    /// <summary>The REST API finds the item by its slug as a WordPress client sends it, and links to its canonical address.</summary>
    private static async Task AssertRestFindsBySlugAsync(HttpClient reader, string collection, string path, string link)
    {
        var slug = Uri.UnescapeDataString(path.TrimEnd('/').Split('/')[^1]);
        using var found = JsonDocument.Parse(await reader.GetStringAsync($"/wp-json/wp/v2/{collection}?slug={Uri.EscapeDataString(slug)}"));

        var item = Assert.Single(found.RootElement.EnumerateArray());
        Assert.Equal(slug, item.GetProperty("slug").GetString());
        Assert.Equal(link, item.GetProperty("link").GetString());
    }

    /// <summary>Opens the address as a browser does, counting redirects; each leads straight to <paramref name="canonical"/>.</summary>
    private static async Task OpensAsync(HttpClient client, string path, string canonical, int allowedRedirects)
    {
        var response = await client.GetAsync(path);
        var redirects = 0;
        while (response.StatusCode == HttpStatusCode.MovedPermanently && redirects <= allowedRedirects)
        {
            redirects++;
            Assert.Equal(canonical, response.Headers.Location!.OriginalString);
            response = await client.GetAsync(response.Headers.Location);
        }
        Assert.True(response.StatusCode == HttpStatusCode.OK && redirects <= allowedRedirects,
            $"{Uri.UnescapeDataString(path)} answered {(int)response.StatusCode} after {redirects} redirects ({allowedRedirects} allowed).");
    }
}
