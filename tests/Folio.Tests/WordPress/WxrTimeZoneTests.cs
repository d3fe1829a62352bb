using System.Xml.Linq;
using Folio.Features.Posts;
using Folio.Features.WordPress;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.WordPress;

/// <summary>A post's local date, which made its address, goes out in the export and comes back with it, whatever zone the importing site keeps.</summary>
public sealed class WxrTimeZoneTests(WordPressApp app) : IClassFixture<WordPressApp>
{
    private static readonly XNamespace Wp = "http://wordpress.org/export/1.2/";

    [Fact]
    public async Task Export_and_import_keep_a_post_local_date_and_its_address()
    {
        var owner = await app.CreateSiteAsync("east", "East");
        await app.UpdateSiteAsync("east", site => site.TimeZone = "Asia/Yerevan");
        var path = await app.SavePostAsync("east", new SavePost
        {
            AuthorId = owner, Title = "Night train", Body = "Words.", Status = PostStatus.Published,
            PublishedAt = new DateTime(2025, 10, 11, 23, 30, 0, DateTimeKind.Utc),
        });
        var exported = await app.ExportAsync("east");

        var item = XDocument.Load(exported).Descendants("item").Single(i => i.Element(Wp + "post_name")?.Value == "night-train");
        Assert.Equal("2025-10-12 03:30:00", item.Element(Wp + "post_date")!.Value);
        Assert.Equal("2025-10-11 23:30:00", item.Element(Wp + "post_date_gmt")!.Value);

        // Imported into a site on another clock, where 23:30 UTC is still the 11th: the address stays the 12th's.
        var copyOwner = await app.CreateSiteAsync("west", "West");
        await app.UpdateSiteAsync("west", site => site.TimeZone = "America/New_York");
        var result = await app.ImportAsync("west", copyOwner, exported);

        Assert.Empty(result.Errors);
        Assert.Equal("/2025/10/12/night-train/", path);
        var reader = app.ClientFor("west.localhost");
        var page = await reader.GetDocumentAsync(path);
        Assert.Equal("Night train", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("October 12, 2025", page.QuerySelector(".post-meta time")!.TextContent);
        var stored = await app.QuerySiteAsync("west", db => db.Posts.Where(p => p.Slug == "night-train").Select(p => p.PublishedAt).SingleAsync());
        Assert.Equal(new DateTime(2025, 10, 11, 23, 30, 0, DateTimeKind.Utc), stored);
    }
}
