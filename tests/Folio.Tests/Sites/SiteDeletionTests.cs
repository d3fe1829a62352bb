using System.Net;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Folio.Tests.Sites;

/// <summary>
/// An administrator deletes a site by typing its address: it answers 410 Gone at once, to its
/// readers and its feed; "Restore" brings it back as it was; left deleted, it is removed for
/// good, posts and all, once the grace period is over. Nobody else can delete it.
/// </summary>
public sealed class SiteDeletionTests(SiteDeletionTests.StoppedClockApp app) : IClassFixture<SiteDeletionTests.StoppedClockApp>
{
    /// <summary>Folio on a clock that stands still until the test moves it past the grace period.</summary>
    public sealed class StoppedClockApp : FolioApp
    {
        public override FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    }

    private async Task<(HttpClient Admin, string Post)> SiteWithAPostAsync(string slug)
    {
        var owner = await app.CreateSiteAsync(slug, $"The {slug} site");
        var post = await app.SavePostAsync(slug, new SavePost { AuthorId = owner, Title = "Still here", Body = "A post.", Status = PostStatus.Published });
        return (await app.SignedInClientAsync($"{slug}.localhost", $"owner-of-{slug}@example.com"), post);
    }

    [Fact]
    public async Task A_deleted_site_is_gone_at_once_and_restore_brings_it_back()
    {
        var (admin, post) = await SiteWithAPostAsync("gone");
        var reader = app.ClientFor("gone.localhost");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(post)).StatusCode); // now in the output cache
        var platform = app.ClientFor("localhost");
        Assert.Contains("The gone site", (await platform.GetDocumentAsync("/")).Body!.TextContent);

        var mistyped = await admin.PostFormAsync("/admin/settings/delete/", new() { ["Confirmation"] = "gone" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mistyped.StatusCode);
        Assert.Contains("type its address, gone.localhost, exactly", await mistyped.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/settings/delete/", new() { ["Confirmation"] = "gone.localhost" })).StatusCode);
        foreach (var path in new[] { "/", post, "/feed/" })
        {
            var gone = await reader.GetAsync(path);
            Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
            Assert.Contains("This site was deleted by its owner.", await gone.Content.ReadAsStringAsync());
        }
        Assert.DoesNotContain("The gone site", (await platform.GetDocumentAsync("/")).Body!.TextContent);
        // The page a private site shows, in the site's look: its name, and to a stranger nothing more, not even a way in.
        var toReader = await Html.ParseAsync(await reader.GetAsync("/"));
        Assert.NotNull(toReader.QuerySelector("body.site-closed"));
        Assert.Equal("The gone site", toReader.QuerySelector(".site-title")!.TextContent);
        Assert.Equal("This site was deleted by its owner.", toReader.QuerySelector("h1")!.TextContent);
        Assert.Empty(toReader.QuerySelectorAll("main a"));
        Assert.DoesNotContain("removed for good", toReader.Body!.TextContent);
        var asMember = await Html.ParseAsync(await admin.GetAsync("/"));
        Assert.Contains("It will be removed for good on", asMember.Body!.TextContent);
        Assert.Equal("/admin/settings/delete/", asMember.QuerySelector("main a")!.GetAttribute("href"));
        var page = await admin.GetDocumentAsync("/admin/settings/delete/");
        Assert.Contains("This site is deleted", page.Body!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/settings/delete/?handler=Restore", [], pagePath: "/admin/settings/delete/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(post)).StatusCode);
        Assert.Contains("Still here", await (await reader.GetAsync("/")).Content.ReadAsStringAsync());
        Assert.Contains("The gone site", (await platform.GetDocumentAsync("/")).Body!.TextContent);
    }

    [Fact]
    public async Task A_deleted_site_says_so_in_its_own_language_as_its_private_page_would()
    {
        var (admin, _) = await SiteWithAPostAsync("ushedshiy");
        await app.UpdateSiteAsync("ushedshiy", site => site.Language = "ru");
        await admin.PostFormAsync("/admin/settings/delete/", new() { ["Confirmation"] = "ushedshiy.localhost" });

        var gone = await app.ClientFor("ushedshiy.localhost").GetAsync("/");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var page = await Html.ParseAsync(gone);
        Assert.Equal("ru", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Этот сайт удалён его владельцем.", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Every_dashboard_page_of_a_deleted_site_says_so_and_shows_administrators_the_way_back()
    {
        var (admin, _) = await SiteWithAPostAsync("fading");
        await app.AddMemberAsync("fading", "editor-of-fading@example.com", SiteRole.Editor);
        var editor = await app.SignedInClientAsync("fading.localhost", "editor-of-fading@example.com");
        Assert.Null((await admin.GetDocumentAsync("/admin/")).QuerySelector(".deleted-site-notice"));

        await admin.PostFormAsync("/admin/settings/delete/", new() { ["Confirmation"] = "fading.localhost" });

        foreach (var path in new[] { "/admin/", "/admin/comments/" })
        {
            var toAdmin = (await admin.GetDocumentAsync(path)).QuerySelector(".deleted-site-notice")!;
            Assert.Contains("This site was deleted by its owner. It will be removed for good on", toAdmin.TextContent);
            Assert.Equal("/admin/settings/delete/", toAdmin.QuerySelector("a")!.GetAttribute("href"));
            var toEditor = (await editor.GetDocumentAsync(path)).QuerySelector(".deleted-site-notice")!;
            Assert.Contains("Its administrators can restore it until then.", toEditor.TextContent);
            Assert.Null(toEditor.QuerySelector("a"));
        }
    }

    [Fact]
    public async Task Only_the_sites_own_administrators_can_delete_it()
    {
        await SiteWithAPostAsync("kept");
        await app.AddMemberAsync("kept", "kept-editor@example.com", SiteRole.Editor);
        var editor = await app.SignedInClientAsync("kept.localhost", "kept-editor@example.com");
        Assert.NotEqual(HttpStatusCode.OK, (await editor.GetAsync("/admin/settings/delete/")).StatusCode);
        await app.CreateSiteAsync("other", "Another site");
        var otherAdmin = await app.SignedInClientAsync("kept.localhost", "owner-of-other@example.com");
        Assert.NotEqual(HttpStatusCode.OK, (await otherAdmin.GetAsync("/admin/settings/delete/")).StatusCode);

        // A form posted straight, as a forged page would, changes nothing either.
        foreach (var client in new[] { editor, otherAdmin, app.ClientFor("kept.localhost") })
            await client.PostAsync("/admin/settings/delete/", new FormUrlEncodedContent(new Dictionary<string, string> { ["Confirmation"] = "kept.localhost" }));
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor("kept.localhost").GetAsync("/")).StatusCode);
        Assert.Null(await app.QuerySiteAsync("kept", db => db.Sites.Where(s => s.Slug == "kept").Select(s => s.DeleteAfter).SingleAsync()));
    }

    [Fact]
    public async Task A_deleted_site_is_removed_for_good_once_the_grace_period_is_over()
    {
        var (admin, post) = await SiteWithAPostAsync("purged");
        var siteId = await app.QuerySiteAsync("purged", db => db.Sites.Where(s => s.Slug == "purged").Select(s => s.Id).SingleAsync());
        await admin.PostFormAsync("/admin/settings/delete/", new() { ["Confirmation"] = "purged.localhost" });

        var deleteAfter = await app.QuerySiteAsync("purged", db => db.Sites.Where(s => s.Id == siteId).Select(s => s.DeleteAfter).SingleAsync());
        // PostgreSQL keeps microseconds, .NET ticks.
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime + SiteDeletion.GracePeriod, deleteAfter!.Value, TimeSpan.FromMilliseconds(1));
        await app.RunRoundAsync<SitePurger>();
        Assert.Equal(HttpStatusCode.Gone, (await app.ClientFor("purged.localhost").GetAsync(post)).StatusCode);

        // Thirty days pass. Not on the test's clock: moving it that far would fire the one-second
        // timers of the other jobs millions of times; the removal date moves back instead.
        await app.QuerySiteAsync("purged", db => db.Sites.Where(s => s.Id == siteId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.DeleteAfter, app.Clock.GetUtcNow().UtcDateTime)));
        await app.RunRoundAsync<SitePurger>();
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientFor("purged.localhost").GetAsync(post)).StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Folio.Data.FolioDbContext>();
        Assert.False(await db.Sites.AnyAsync(s => s.Id == siteId));
        Assert.False(await db.Posts.IgnoreQueryFilters().AnyAsync(p => p.SiteId == siteId));
        Assert.False(await db.SiteMembers.IgnoreQueryFilters().AnyAsync(m => m.SiteId == siteId));
    }
}
