using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Embeds;

/// <summary>
/// The oEmbed provider and the embed view it frames: how another site (WordPress first of all)
/// turns a Folio post's address into a card.
/// </summary>
public sealed class OEmbedTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Fact]
    public async Task A_post_links_its_oembed_and_the_card_names_the_post_its_site_and_its_author()
    {
        var path = await PublishAsync("Worth embedding");
        var page = await app.DemoClient().GetDocumentAsync(path);
        var discovery = page.QuerySelector("link[rel=alternate][type='application/json+oembed']")!.GetAttribute("href")!;

        var card = await JsonAsync(discovery);

        Assert.Equal("1.0", card.GetProperty("version").GetString());
        Assert.Equal("rich", card.GetProperty("type").GetString());
        Assert.Equal("Worth embedding", card.GetProperty("title").GetString());
        Assert.Equal("http://demo.localhost/", card.GetProperty("provider_url").GetString());
        Assert.False(string.IsNullOrEmpty(card.GetProperty("author_name").GetString()));
        var quote = Parse(card).QuerySelector("blockquote a")!;
        Assert.Equal($"http://demo.localhost{path}", quote.GetAttribute("href"));
        Assert.Equal("Worth embedding", quote.TextContent);
    }

    /// <summary>
    /// What WordPress, embedding a discovered provider's card, keeps of it and needs: a sandboxed
    /// frame with its size, after an optional quotation (wp_filter_oembed_result), and a numeric height.
    /// </summary>
    [Theory]
    [InlineData(null, 600, 338)]
    [InlineData(400, 400, 225)]
    [InlineData(100, 200, 200)]
    public async Task The_card_frames_the_posts_embed_view_sized_as_WordPress_sizes_it(int? maxwidth, int width, int height)
    {
        var path = await PublishAsync($"Framed at {width}");

        var card = await JsonAsync($"/wp-json/oembed/1.0/embed?url={Uri.EscapeDataString("http://demo.localhost" + path)}" + (maxwidth is null ? "" : $"&maxwidth={maxwidth}"));

        Assert.Equal(width, card.GetProperty("width").GetInt32());
        Assert.Equal(height, card.GetProperty("height").GetInt32());
        var frame = Parse(card).QuerySelector("iframe")!;
        Assert.Equal($"http://demo.localhost{path}embed/", frame.GetAttribute("src"));
        Assert.Equal("allow-scripts", frame.GetAttribute("sandbox"));
        Assert.Equal(width.ToString(), frame.GetAttribute("width"));
        Assert.Equal(height.ToString(), frame.GetAttribute("height"));
        Assert.Contains($"Framed at {width}", frame.GetAttribute("title"));
    }

    [Fact]
    public async Task The_embed_view_shows_the_title_linked_to_the_post_the_excerpt_and_the_site()
    {
        var path = await PublishAsync("Harbour notes", excerpt: "The ferry terminal plan was approved.");

        var embed = await app.DemoClient().GetDocumentAsync(path + "embed/");

        var title = embed.QuerySelector("h1 a")!;
        Assert.Equal("Harbour notes", title.TextContent);
        Assert.Equal($"http://demo.localhost{path}", title.GetAttribute("href"));
        Assert.Equal("_top", title.GetAttribute("target"));
        Assert.Contains("The ferry terminal plan was approved.", embed.Body!.TextContent);
        var siteLink = embed.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == "http://demo.localhost/");
        Assert.False(string.IsNullOrWhiteSpace(siteLink.TextContent));
        // A card, not the site: no header, search form or comment form of the site's pages.
        Assert.Empty(embed.QuerySelectorAll("form"));
    }

    [Fact]
    public async Task A_static_pages_embed_view_is_at_its_address_and_embed()
    {
        var path = await PublishAsync("Colophon", kind: PostKind.Page);

        var page = await app.DemoClient().GetDocumentAsync(path);
        var card = await JsonAsync(page.QuerySelector("link[rel=alternate][type='application/json+oembed']")!.GetAttribute("href")!);
        var embed = await app.DemoClient().GetDocumentAsync(path + "embed/");

        Assert.Equal($"http://demo.localhost{path}embed/", Parse(card).QuerySelector("iframe")!.GetAttribute("src"));
        Assert.Equal("Colophon", embed.QuerySelector("h1 a")!.TextContent);
    }

    public static TheoryData<string, PostStatus, int, string?> NotPublic => new()
    {
        { "a draft", PostStatus.Draft, 2025, null },
        { "a post scheduled for later", PostStatus.Scheduled, 2099, null },
        { "a password-protected post", PostStatus.Published, 2025, "open sesame" },
    };

    [Theory]
    [MemberData(nameof(NotPublic))]
    public async Task A_post_not_open_to_everyone_has_no_card_and_no_embed_view(string what, PostStatus status, int year, string? password)
    {
        var slug = "not-for-embedding-" + status.ToString().ToLowerInvariant() + (password is null ? "" : "-protected");
        var publishedAt = new DateTime(year, 5, 6, 9, 0, 0, DateTimeKind.Utc);
        await app.SavePostAsync("demo", new SavePost
        {
            AuthorId = await app.DemoBloggerIdAsync(), Title = what, Slug = slug, Body = "Not for other sites.", Status = status, PublishedAt = publishedAt, Password = password,
        });
        var path = PostPaths.Permalink(publishedAt, slug);

        var card = await app.DemoClient().GetAsync($"/wp-json/oembed/1.0/embed?url={Uri.EscapeDataString("http://demo.localhost" + path)}");
        var embed = await app.DemoClient().GetAsync(path + "embed/");

        Assert.Equal(HttpStatusCode.NotFound, card.StatusCode);
        Assert.Equal("oembed_invalid_url", JsonDocument.Parse(await card.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, embed.StatusCode);
        Assert.DoesNotContain("Not for other sites.", await embed.Content.ReadAsStringAsync());
        if (password is not null) // its page answers, with the password form, and names no card
            Assert.Null((await app.DemoClient().GetDocumentAsync(path)).QuerySelector("link[type='application/json+oembed']"));
    }

    [Fact]
    public async Task Titles_are_encoded_in_the_cards_html_and_the_embed_view()
    {
        var path = await PublishAsync("<img src=x onerror=alert(1)>");

        var card = await JsonAsync($"/wp-json/oembed/1.0/embed?url={Uri.EscapeDataString("http://demo.localhost" + path)}");
        var embed = await app.DemoClient().GetDocumentAsync(path + "embed/");

        var html = Parse(card);
        Assert.Empty(html.QuerySelectorAll("img"));
        Assert.Equal("<img src=x onerror=alert(1)>", html.QuerySelector("blockquote a")!.TextContent);
        Assert.Empty(embed.QuerySelectorAll("h1 img"));
        Assert.Equal("<img src=x onerror=alert(1)>", embed.QuerySelector("h1 a")!.TextContent);
    }

    [Theory]
    [InlineData("http://evil.example/2020/01/01/anything/")]
    [InlineData("http://demo.localhost/2020/01/01/no-such-post/")]
    [InlineData("not a url")]
    public async Task Addresses_of_no_post_here_are_404(string url)
    {
        var answer = await app.DemoClient().GetAsync($"/wp-json/oembed/1.0/embed?url={Uri.EscapeDataString(url)}");

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal("oembed_invalid_url", JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_format_not_offered_is_501_as_the_spec_asks()
    {
        var answer = await app.DemoClient().GetAsync("/wp-json/oembed/1.0/embed?url=http%3A%2F%2Fdemo.localhost%2F&format=xml");

        Assert.Equal(HttpStatusCode.NotImplemented, answer.StatusCode);
    }

    private async Task<string> PublishAsync(string title, string? excerpt = null, PostKind kind = PostKind.Post) =>
        await app.SavePostAsync("demo", new SavePost
        {
            AuthorId = await app.DemoBloggerIdAsync(), Kind = kind, Title = title, Body = "A card, please.", Excerpt = excerpt, Status = PostStatus.Published,
        });

    private static AngleSharp.Dom.IDocument Parse(JsonElement card) => new HtmlParser().ParseDocument(card.GetProperty("html").GetString()!);

    private async Task<JsonElement> JsonAsync(string url)
    {
        var answer = await app.DemoClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
    }
}
