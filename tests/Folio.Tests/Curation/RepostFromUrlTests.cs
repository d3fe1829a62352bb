using Folio.Tests.Infrastructure;

namespace Folio.Tests.Curation;

public sealed class RepostFromUrlTests(CurationApp app) : IClassFixture<CurationApp>
{
    [Fact]
    public async Task The_editor_fills_a_repost_from_an_article_address()
    {
        await app.CreateSiteAsync("reposter", "Reposter");
        app.Feeds.Serve("/reposter/article", "text/html", $"""
            <!DOCTYPE html><html><head><title>Harbour plan approved</title>
            <meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Ada Reporter">
            <meta name="description" content="The council approved the harbour plan on Tuesday."></head>
            <body><article><h1>Harbour plan approved</h1>{string.Concat(Enumerable.Range(1, 5).Select(n => $"<p>{Stories.About("Reposton")}</p>"))}</article></body></html>
            """);
        var client = await app.SignedInClientAsync("reposter.localhost", "owner-of-reposter@example.com");

        var editor = await client.GetDocumentAsync($"/admin/posts/new/?repost={Uri.EscapeDataString(app.Feeds.Url("/reposter/article"))}");

        string? Field(string name) => editor.QuerySelector($"[name='Input.{name}']")?.GetAttribute("value");
        Assert.Equal("Harbour plan approved", Field("Title"));
        Assert.Equal(app.Feeds.Url("/reposter/article"), Field("OriginalUrl"));
        Assert.Equal("Harbour Gazette", Field("SourceName"));
        Assert.Equal("Ada Reporter", Field("OriginalAuthor"));
        Assert.Contains("> The council approved the harbour plan on Tuesday.", editor.QuerySelector("[name='Input.Body']")!.TextContent);
    }

    [Fact]
    public async Task An_address_that_cannot_be_read_is_explained_in_the_editor()
    {
        await app.CreateSiteAsync("reposterr", "Reposter errors");
        var client = await app.SignedInClientAsync("reposterr.localhost", "owner-of-reposterr@example.com");

        var editor = await client.GetDocumentAsync($"/admin/posts/new/?repost={Uri.EscapeDataString(app.Feeds.Url("/reposterr/missing"))}");

        Assert.Contains("404", editor.QuerySelector("[role=alert]")!.TextContent);
    }
}
