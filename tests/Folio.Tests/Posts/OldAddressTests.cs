using System.Net;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Posts;

/// <summary>
/// A published post or page whose slug or date changes keeps answering at its old address with a
/// 301 to the new one (WordPress's <c>_wp_old_slug</c> and <c>_wp_old_date</c>), in one hop, only
/// while it is public, and only on its own site; a post that lives at an address always wins.
/// </summary>
public sealed class OldAddressTests(FolioApp app) : IClassFixture<FolioApp>
{
    private static readonly DateTime Published = new(2024, 3, 5, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>A site of its own for each test; returns its owner, who writes the posts.</summary>
    private Task<long> SiteAsync(string slug) => app.CreateSiteAsync(slug, slug);

    private static SavePost Post(long author, string slug, long? id = null, PostStatus status = PostStatus.Published, DateTime? at = null, PostKind kind = PostKind.Post) => new()
    {
        PostId = id, AuthorId = author, Kind = kind, Title = $"Post {slug}", Slug = slug, Body = $"Words of {slug}.", Status = status, PublishedAt = at ?? Published,
    };

    private Task<long> IdAsync(string site, string slug) =>
        app.QuerySiteAsync(site, db => db.Posts.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    private Task<List<string>> OldPathsAsync(string site, long postId) =>
        app.QuerySiteAsync(site, db => db.PostOldPaths.Where(o => o.PostId == postId).OrderBy(o => o.Path).Select(o => o.Path).ToListAsync());

    private static async Task AssertMovedAsync(HttpClient reader, string from, string to)
    {
        var response = await reader.GetAsync(from);
        Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{from} answered {(int)response.StatusCode}");
        Assert.Equal(to, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_post_whose_slug_changed_leads_from_its_old_address_to_its_new_one()
    {
        var author = await SiteAsync("oldrenamed");
        var before = await app.SavePostAsync("oldrenamed", Post(author, "first-name"));
        var id = await IdAsync("oldrenamed", "first-name");

        var after = await app.SavePostAsync("oldrenamed", Post(author, "second-name", id));

        var reader = app.ClientFor("oldrenamed.localhost");
        await AssertMovedAsync(reader, before, after);
        await AssertMovedAsync(reader, before + "?utm_source=mail", after + "?utm_source=mail");
        await AssertMovedAsync(reader, before + "feed/", after + "feed/");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(after)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.PostAsync(before, new FormUrlEncodedContent([]))).StatusCode);
    }

    [Fact]
    public async Task A_month_and_name_link_with_the_old_slug_leads_to_the_renamed_post_but_only_from_its_old_month()
    {
        var author = await SiteAsync("oldmonthly");
        await app.SavePostAsync("oldmonthly", Post(author, "первое-имя"));
        var id = await IdAsync("oldmonthly", "первое-имя");
        var after = await app.SavePostAsync("oldmonthly", Post(author, "второе-имя", id));
        var reader = app.ClientFor("oldmonthly.localhost");

        await AssertMovedAsync(reader, $"/2024/03/{Uri.EscapeDataString("первое-имя")}/", after);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/2024/04/{Uri.EscapeDataString("первое-имя")}/")).StatusCode);
    }

    [Fact]
    public async Task A_post_whose_date_and_then_slug_changed_leads_from_each_old_address_in_one_hop()
    {
        var author = await SiteAsync("oldredated");
        var first = await app.SavePostAsync("oldredated", Post(author, "dated"));
        var id = await IdAsync("oldredated", "dated");
        var second = await app.SavePostAsync("oldredated", Post(author, "dated", id, at: Published.AddDays(40)));
        await AssertMovedAsync(app.ClientFor("oldredated.localhost"), first + "feed/", second + "feed/");
        var third = await app.SavePostAsync("oldredated", Post(author, "undated", id, at: Published.AddDays(40)));

        Assert.Equal("/2024/04/14/undated/", third);
        var reader = app.ClientFor("oldredated.localhost");
        await AssertMovedAsync(reader, first, third);
        await AssertMovedAsync(reader, second, third);
        await AssertMovedAsync(reader, first + "feed/atom/", third + "feed/atom/");
    }

    [Fact]
    public async Task A_post_given_its_first_slug_back_answers_there_and_its_other_address_leads_back()
    {
        var author = await SiteAsync("oldroundtrip");
        var original = await app.SavePostAsync("oldroundtrip", Post(author, "original"));
        var id = await IdAsync("oldroundtrip", "original");
        var interim = await app.SavePostAsync("oldroundtrip", Post(author, "interim", id));

        Assert.Equal(original, await app.SavePostAsync("oldroundtrip", Post(author, "original", id)));

        var reader = app.ClientFor("oldroundtrip.localhost");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(original)).StatusCode);
        await AssertMovedAsync(reader, interim, original);
        Assert.Equal([interim], await OldPathsAsync("oldroundtrip", id)); // never its own address
    }

    [Fact]
    public async Task A_page_whose_slug_changed_leads_from_its_old_address_to_its_new_one()
    {
        var author = await SiteAsync("oldpages");
        var before = await app.SavePostAsync("oldpages", Post(author, "contact", kind: PostKind.Page));
        var id = await IdAsync("oldpages", "contact");

        var after = await app.SavePostAsync("oldpages", Post(author, "write-to-us", id, kind: PostKind.Page));

        await AssertMovedAsync(app.ClientFor("oldpages.localhost"), before, after);
    }

    [Fact]
    public async Task A_draft_whose_slug_changes_leaves_no_old_address()
    {
        var author = await SiteAsync("olddrafts");
        await app.SavePostAsync("olddrafts", Post(author, "working-title", status: PostStatus.Draft));
        var id = await IdAsync("olddrafts", "working-title");

        await app.SavePostAsync("olddrafts", Post(author, "final-title", id));

        Assert.Empty(await OldPathsAsync("olddrafts", id));
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientFor("olddrafts.localhost").GetAsync(PostPaths.Permalink(Published, "working-title"))).StatusCode);
    }

    [Fact]
    public async Task A_post_that_takes_an_old_address_has_its_own_page_there()
    {
        var author = await SiteAsync("oldtaken");
        var oldAddress = await app.SavePostAsync("oldtaken", Post(author, "shared-name"));
        var id = await IdAsync("oldtaken", "shared-name");
        await app.SavePostAsync("oldtaken", Post(author, "moved-on", id));

        Assert.Equal(oldAddress, await app.SavePostAsync("oldtaken", Post(author, "shared-name") with { Title = "The newcomer" }));

        var response = await app.ClientFor("oldtaken.localhost").GetAsync(oldAddress);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The newcomer", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_old_address_leads_to_the_post_that_had_it_rather_than_to_a_newer_post_with_its_slug()
    {
        var author = await SiteAsync("oldexact");
        var oldAddress = await app.SavePostAsync("oldexact", Post(author, "headline"));
        var id = await IdAsync("oldexact", "headline");
        var moved = await app.SavePostAsync("oldexact", Post(author, "new-headline", id));
        await app.SavePostAsync("oldexact", Post(author, "headline", at: Published.AddDays(3)));

        await AssertMovedAsync(app.ClientFor("oldexact.localhost"), oldAddress, moved);
    }

    [Fact]
    public async Task The_old_address_of_a_post_in_the_Trash_is_not_found()
    {
        var author = await SiteAsync("oldbinned");
        var oldAddress = await app.SavePostAsync("oldbinned", Post(author, "binned-post"));
        var id = await IdAsync("oldbinned", "binned-post");
        await app.SavePostAsync("oldbinned", Post(author, "renamed-post", id));

        await app.ForSiteAsync("oldbinned", services => services.GetRequiredService<TrashPostHandler>().MoveToTrashAsync(id));

        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientFor("oldbinned.localhost").GetAsync(oldAddress)).StatusCode);
    }

    [Fact]
    public async Task Another_sites_old_address_leads_nowhere_on_this_site()
    {
        var author = await SiteAsync("oldmine");
        await SiteAsync("oldtheirs");
        var oldAddress = await app.SavePostAsync("oldmine", Post(author, "private-matter"));
        var id = await IdAsync("oldmine", "private-matter");
        await app.SavePostAsync("oldmine", Post(author, "public-matter", id));

        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientFor("oldtheirs.localhost").GetAsync(oldAddress)).StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, (await app.ClientFor("oldmine.localhost").GetAsync(oldAddress)).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_post_for_good_deletes_its_old_addresses()
    {
        var author = await SiteAsync("olddeleted");
        var oldAddress = await app.SavePostAsync("olddeleted", Post(author, "short-lived"));
        var id = await IdAsync("olddeleted", "short-lived");
        await app.SavePostAsync("olddeleted", Post(author, "shorter-lived", id));
        Assert.Single(await OldPathsAsync("olddeleted", id));

        Assert.True(await app.ForSiteAsync("olddeleted", services => services.GetRequiredService<DeletePostHandler>().HandleAsync(id)));

        Assert.Empty(await app.QuerySiteAsync("olddeleted", db => db.PostOldPaths.ToListAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientFor("olddeleted.localhost").GetAsync(oldAddress)).StatusCode);
    }
}
