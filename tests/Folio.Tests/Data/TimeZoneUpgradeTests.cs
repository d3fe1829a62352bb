using Folio.Tests.Infrastructure;

namespace Folio.Tests.Data;

/// <summary>
/// Sites and posts made before sites had time zones (migration AddSiteTimeZones) keep UTC, the only
/// clock there was, and every post keeps the address its UTC date gave it.
/// </summary>
public sealed class TimeZoneUpgradeTests
{
    [Fact]
    public async Task A_post_written_before_time_zones_keeps_its_address_and_its_site_keeps_UTC()
    {
        using var app = FolioApp.OnEmptyDatabase();
        await PreSquashDatabase.CreateAsync(app.Database);
        await PreSquashDatabase.AddBlogAsync(app.Database);
        var reader = app.ClientFor($"{PreSquashDatabase.SiteSlug}.localhost");

        var post = await reader.GetDocumentAsync("/2026/11/30/lanterns-of-the-old-harbour/");

        Assert.Equal(PreSquashDatabase.PostTitle, post.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("November 30, 2026", post.QuerySelector(".post-meta time")!.TextContent);
        Assert.Equal([PreSquashDatabase.PostTitle], (await reader.GetDocumentAsync("/2026/11/30/")).PostTitles());
        Assert.Equal("UTC", await app.QuerySiteAsync(PreSquashDatabase.SiteSlug, db => db.Sites.Where(s => s.Slug == PreSquashDatabase.SiteSlug).Select(s => s.TimeZone).SingleAsync()));
    }
}
