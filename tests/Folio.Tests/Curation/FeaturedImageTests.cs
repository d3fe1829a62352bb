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
}
