using System.Net;
using Folio.Data;
using Folio.Tests.Infrastructure;
using Folio.Tests.Likes;

namespace Folio.Tests.People;

public sealed class ProfileTests(LikeSite site) : IClassFixture<LikeSite>
{
    [Fact]
    public async Task A_profile_shows_the_persons_name_picture_bio_and_sites()
    {
        await site.NewReaderAsync("curious@people.example", "Curious <Reader>");
        await site.ForSiteAsync(LikeSite.Slug, async s =>
        {
            var db = s.GetRequiredService<FolioDbContext>();
            (await db.Users.SingleAsync(a => a.UserName == "curious")).Bio = "Reads everything; likes <em>some</em>.";
            return await db.SaveChangesAsync();
        });
        var platform = site.ClientFor("localhost");

        var reader = await platform.GetDocumentAsync("/people/curious/");
        var blogger = await platform.GetDocumentAsync("/people/owner-of-likes/");

        Assert.Equal("Curious <Reader>", reader.QuerySelector("h1")!.TextContent);
        Assert.Equal("Reads everything; likes <em>some</em>.", reader.QuerySelector(".profile-bio")!.TextContent);
        Assert.Null(reader.QuerySelector(".profile-bio em"));
        Assert.Matches("^/avatar/[0-9a-f]{16}\\.svg$", reader.QuerySelector(".profile-avatar")!.GetAttribute("src")!);
        Assert.Empty(reader.QuerySelectorAll(".profile-sites a"));
        var siteLink = Assert.Single(blogger.QuerySelectorAll(".profile-sites a"));
        Assert.Equal(("Likes", "http://likes.localhost/"), (siteLink.TextContent, siteLink.GetAttribute("href")));
    }

    [Fact]
    public async Task Profiles_live_on_the_platform_only_and_unknown_people_are_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await site.ClientFor("localhost").GetAsync("/people/nobody-at-all/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Reader().GetAsync("/people/owner-of-likes/")).StatusCode);
    }
}
