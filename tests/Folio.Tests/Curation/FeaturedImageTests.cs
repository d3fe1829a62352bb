using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Folio.Tests.Media;

namespace Folio.Tests.Curation;

public sealed class FeaturedImageTests(CurationApp app) : IClassFixture<CurationApp>
{
    [Fact]
    public async Task The_item_picture_is_copied_into_the_site_and_served_from_it()
    {
        await app.CreateSiteAsync("pictured", "Pictured");
        app.Feeds.Serve("/pictured/photo.png", "image/png", TestImages.Png(640, 360));
        app.Feeds.ServeRss("/pictured/feed.xml", "Photo News",
            new TestItem("i-1", "With a picture", "http://photo.example/1", "A teaser.", DateTimeOffset.UtcNow.AddHours(-1), Image: app.Feeds.Url("/pictured/photo.png")));
        var source = await app.AddSourceAsync("pictured", app.Feeds.Url("/pictured/feed.xml"));

        await app.FetchAsync("pictured", source.Id);

        var post = Assert.Single(await app.PostsAsync("pictured"));
        Assert.StartsWith("/", post.FeaturedImageUrl);
        var client = app.ClientFor("pictured.localhost");
        var page = await client.GetDocumentAsync(PostPaths.Permalink(post.PublishedAt!.Value, post.Slug));
        Assert.Equal(post.FeaturedImageUrl, page.QuerySelector("img.featured-image")!.GetAttribute("src"));
        var image = await client.GetAsync(post.FeaturedImageUrl);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_summary_without_a_feed_picture_takes_the_picture_its_page_names()
    {
        await app.CreateSiteAsync("ogpictured", "OG Pictured");
        app.Feeds.Serve("/og/photo.png", "image/png", TestImages.Png(800, 420));
        app.Feeds.Serve("/og/story", "text/html",
            $"<html><head><title>Story</title><meta property=\"og:image\" content=\"{app.Feeds.Url("/og/photo.png")}\"></head><body><p>The story.</p></body></html>");
        app.Feeds.ServeRss("/og/feed.xml", "Plain News",
            new TestItem("og-1", "No picture in the feed", app.Feeds.Url("/og/story"), "A teaser.", DateTimeOffset.UtcNow.AddHours(-1)));
        var source = await app.AddSourceAsync("ogpictured", app.Feeds.Url("/og/feed.xml"));

        await app.FetchAsync("ogpictured", source.Id);

        var post = Assert.Single(await app.PostsAsync("ogpictured"));
        Assert.StartsWith("/", post.FeaturedImageUrl);
        var image = await app.ClientFor("ogpictured.localhost").GetAsync(post.FeaturedImageUrl);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
    }
}
