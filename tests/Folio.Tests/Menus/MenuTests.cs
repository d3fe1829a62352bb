using System.Net;
using Folio.Features.Menus;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Menus;

/// <summary>A site's menus: what a new site shows, what its owner makes of them, and what readers then see.</summary>
public sealed class MenuTests(MenuTests.MenuSites sites) : IClassFixture<MenuTests.MenuSites>
{
    private const string Owner = "owner-of-menus@example.com";

    public sealed class MenuSites : FolioApp, IAsyncLifetime
    {
        public long OwnerId { get; private set; }

        public async Task InitializeAsync()
        {
            OwnerId = await CreateSiteAsync("menus", "Menu Makers");
            var other = await CreateSiteAsync("elsewhere", "Elsewhere");
            await AddMemberAsync("menus", "editor-of-menus@example.com", SiteRole.Editor);
            await SavePostAsync("elsewhere", Page(other, "Their secret page", "secret"));
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private static SavePost Page(long author, string title, string slug, PostStatus status = PostStatus.Published, long? parentId = null, int order = 0) => new()
    {
        AuthorId = author, Title = title, Slug = slug, Body = title + ".", Status = status, Kind = PostKind.Page, ParentId = parentId, MenuOrder = order,
    };

    private async Task<long> PageIdAsync(string site, string slug) =>
        await sites.QuerySiteAsync(site, db => db.Posts.Where(p => p.Slug == slug && p.Kind == PostKind.Page).Select(p => p.Id).SingleAsync());

    /// <summary>Each test starts from a site with no menu set and no page.</summary>
    private async Task<HttpClient> FreshSiteAsync(string slug)
    {
        await sites.CreateSiteAsync(slug, "Fresh " + slug);
        return sites.ClientFor($"{slug}.localhost");
    }

    [Fact]
    public async Task A_site_without_pages_shows_no_menu_and_its_pages_appear_in_their_order_as_they_are_published()
    {
        var reader = await FreshSiteAsync("pages-first");
        Assert.Empty((await reader.GetDocumentAsync("/")).MenuLinks("Primary menu"));
        var owner = await sites.QuerySiteAsync("pages-first", db => db.SiteMembers.Select(m => m.AccountId).SingleAsync());

        await sites.SavePostAsync("pages-first", Page(owner, "Contact", "contact", order: 2));
        await sites.SavePostAsync("pages-first", Page(owner, "About us", "about", order: 1));
        await sites.SavePostAsync("pages-first", Page(owner, "Draft plans", "plans", PostStatus.Draft));
        var about = await PageIdAsync("pages-first", "about");
        await sites.SavePostAsync("pages-first", Page(owner, "Our team", "team", parentId: about));

        Assert.Equal(["Home → /", "About us → /about/", "  Our team → /team/", "Contact → /contact/"],
            (await reader.GetDocumentAsync("/")).MenuLinks("Primary menu"));
        Assert.Empty((await reader.GetDocumentAsync("/")).MenuLinks("Footer menu"));
    }

    [Fact]
    public async Task The_owner_builds_a_menu_and_the_next_anonymous_reader_sees_it()
    {
        await sites.SavePostAsync("menus", Page(sites.OwnerId, "Отчёты", "otchety"));
        var reader = sites.ClientFor("menus.localhost");
        await reader.GetAsync("/");
        await reader.GetAsync("/"); // now in the output cache
        var owner = await sites.SignedInClientAsync("menus.localhost", Owner);

        var editor = await owner.GetDocumentAsync("/admin/menus/?location=primary");
        var added = await owner.PressAsync(editor, "add:link", new() { ["AddUrl"] = "https://example.org/shop", ["AddLabel"] = "Shop" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await owner.PressAsync("primary", "indent:2");

        Assert.Equal(["Home → /", "Отчёты → /otchety/", "  Shop → https://example.org/shop"],
            (await reader.GetDocumentAsync("/")).MenuLinks("Primary menu"));
        var saved = await owner.GetDocumentAsync(added.Headers.Location!.OriginalString);
        Assert.Contains("Menu saved", saved.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task The_editor_warns_that_saving_the_automatic_menu_stops_new_pages_joining_it()
    {
        await FreshSiteAsync("frozen");
        var ownerId = await sites.QuerySiteAsync("frozen", db => db.SiteMembers.Select(m => m.AccountId).SingleAsync());
        await sites.SavePostAsync("frozen", Page(ownerId, "About", "about"));
        var owner = await sites.SignedInClientAsync("frozen.localhost", "owner-of-frozen@example.com");
        const string warning = "Each page you publish joins this menu by itself until you save it.";

        var editor = await owner.GetDocumentAsync("/admin/menus/?location=primary");
        Assert.Contains(editor.QuerySelectorAll(".notice"), notice => notice.TextContent.StartsWith(warning, StringComparison.Ordinal));

        var saved = await owner.PressAsync(editor, "save", []);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await owner.GetDocumentAsync(saved.Headers.Location!.OriginalString);
        Assert.DoesNotContain(after.QuerySelectorAll(".notice"), notice => notice.TextContent.StartsWith(warning, StringComparison.Ordinal));
        Assert.DoesNotContain(warning, (await owner.GetDocumentAsync("/admin/menus/?location=footer")).Body!.TextContent);
    }

    [Fact]
    public async Task A_renamed_page_renames_its_item_unless_the_owner_gave_the_item_words_of_its_own()
    {
        var reader = await FreshSiteAsync("renames");
        var ownerId = await sites.QuerySiteAsync("renames", db => db.SiteMembers.Select(m => m.AccountId).SingleAsync());
        await sites.SavePostAsync("renames", Page(ownerId, "Events", "events"));
        await sites.SavePostAsync("renames", Page(ownerId, "Gallery", "gallery"));
        var owner = await sites.SignedInClientAsync("renames.localhost", "owner-of-renames@example.com");
        await owner.PressAsync("primary", "save", new() { ["Items[2].Label"] = "Photos" });

        var events = await PageIdAsync("renames", "events");
        var gallery = await PageIdAsync("renames", "gallery");
        await sites.SavePostAsync("renames", Page(ownerId, "What's on", "events") with { PostId = events });
        await sites.SavePostAsync("renames", Page(ownerId, "Pictures", "gallery") with { PostId = gallery });

        Assert.Equal(["Home → /", "What's on → /events/", "Photos → /gallery/"], (await reader.GetDocumentAsync("/")).MenuLinks("Primary menu"));
    }

    [Fact]
    public async Task A_page_taken_off_the_site_drops_out_of_the_menu_and_the_items_under_it_come_up()
    {
        var reader = await FreshSiteAsync("drops");
        var ownerId = await sites.QuerySiteAsync("drops", db => db.SiteMembers.Select(m => m.AccountId).SingleAsync());
        await sites.SavePostAsync("drops", Page(ownerId, "Services", "services"));
        await sites.SavePostAsync("drops", Page(ownerId, "Pricing", "pricing"));
        var owner = await sites.SignedInClientAsync("drops.localhost", "owner-of-drops@example.com");
        await owner.PressAsync("primary", "indent:2"); // Home, Pricing (pages come in title order), and Services under it
        var pricing = await PageIdAsync("drops", "pricing");
        Assert.Equal(["Home → /", "Pricing → /pricing/", "  Services → /services/"], (await reader.GetDocumentAsync("/")).MenuLinks("Primary menu"));

        await sites.SavePostAsync("drops", Page(ownerId, "Pricing", "pricing", PostStatus.Draft) with { PostId = pricing });

        Assert.Equal(["Home → /", "Services → /services/"], (await reader.GetDocumentAsync("/")).MenuLinks("Primary menu"));
    }

    [Fact]
    public async Task A_custom_link_to_script_is_refused_with_a_message_and_nothing_typed_is_lost()
    {
        var owner = await sites.SignedInClientAsync("menus.localhost", Owner);
        await owner.PressAsync("footer", "add:link", new() { ["AddUrl"] = "/privacy/", ["AddLabel"] = "Privacy" });

        var editor = await owner.GetDocumentAsync("/admin/menus/?location=footer");
        var refused = await owner.PressAsync(editor, "save", new() { ["Items[0].Url"] = "javascript:alert(document.cookie)", ["Items[0].Label"] = "Privacy policy" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("is not an address a menu can link to", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("javascript:alert(document.cookie)", page.QuerySelector("#url-0")!.GetAttribute("value"));
        Assert.Equal("Privacy policy", page.QuerySelector("#label-0")!.GetAttribute("value"));
        Assert.Equal(["Privacy → /privacy/"], (await sites.ClientFor("menus.localhost").GetDocumentAsync("/")).MenuLinks("Footer menu"));
    }

    [Fact]
    public async Task Another_sites_page_cannot_be_put_in_this_sites_menu()
    {
        var reader = await FreshSiteAsync("tamper");
        var owner = await sites.SignedInClientAsync("tamper.localhost", "owner-of-tamper@example.com");
        var theirs = (await PageIdAsync("elsewhere", "secret")).ToString();
        var editor = await owner.GetDocumentAsync("/admin/menus/?location=footer");

        var added = await owner.PressAsync(editor, "add:page", new() { ["AddPageId"] = theirs });
        var tampered = await owner.PressAsync(editor, "save", new() { ["Items[0].Kind"] = "Page", ["Items[0].TargetId"] = theirs, ["Items[0].Depth"] = "0" });

        Assert.Contains("could not be made", (await Html.ParseAsync(added)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Contains("what it linked to is gone", (await Html.ParseAsync(tampered)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Empty((await reader.GetDocumentAsync("/")).MenuLinks("Footer menu"));
        Assert.Equal(0, await sites.QuerySiteAsync("tamper", db => db.MenuItems.CountAsync()));
    }

    [Fact]
    public async Task Only_the_sites_administrators_edit_its_menus()
    {
        var editor = await sites.SignedInClientAsync("menus.localhost", "editor-of-menus@example.com");
        var stranger = await sites.SignedInClientAsync("menus.localhost", "owner-of-elsewhere@example.com");
        var anonymous = sites.ClientFor("menus.localhost");
        var before = await sites.QuerySiteAsync("menus", db => db.MenuItems.CountAsync());

        foreach (var client in new[] { editor, stranger, anonymous })
        {
            Assert.Equal("/login/", await RedirectPathAsync(client.GetAsync("/admin/menus/")));
            // A form sent straight to the editor, as a client that skips the page would.
            Assert.Equal("/login/", await RedirectPathAsync(client.PostAsync("/admin/menus/?location=footer", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["AddUrl"] = "https://spam.example/", ["AddLabel"] = "Cheap pills", ["action"] = "add:link",
            }))));
        }

        Assert.Equal(before, await sites.QuerySiteAsync("menus", db => db.MenuItems.CountAsync()));
        Assert.DoesNotContain("Cheap pills", string.Join(" ", (await anonymous.GetDocumentAsync("/")).MenuLinks("Footer menu")));
    }

    /// <summary>Where a refused request is sent: the path of its redirect (everyone but an administrator is sent to log in as one).</summary>
    private static async Task<string> RedirectPathAsync(Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new Uri(new Uri("http://menus.localhost/"), response.Headers.Location!).AbsolutePath;
    }
}
