using System.Net;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Tests.Personal;

/// <summary>
/// A signed-in reader gets the page everyone gets, from the shared cache, and their own parts of
/// it from one uncached request (<c>/personal.html</c>), which a hint cookie tells the page's
/// script to make. The parts belong to the reader and to the site they are asked on.
/// </summary>
public sealed class PersonalPartsTests(PersonalPartsTests.TwoSites app) : IClassFixture<PersonalPartsTests.TwoSites>
{
    private const string Host = "parts.localhost";

    public sealed class TwoSites : FolioApp, IAsyncLifetime
    {
        public string PostPath { get; private set; } = "";
        public long NeighboursPostId { get; private set; }

        public async Task InitializeAsync()
        {
            var owner = await CreateSiteAsync("parts", "Parts");
            PostPath = await SavePostAsync("parts", new SavePost { AuthorId = owner, Title = "Слова для всех", Body = "Для каждого читателя.", Status = PostStatus.Published });
            var neighbour = await CreateSiteAsync("next-door", "Next Door");
            await SavePostAsync("next-door", new SavePost { AuthorId = neighbour, Title = "Next door's secret plans", Body = "Not yours.", Status = PostStatus.Published });
            NeighboursPostId = await QuerySiteAsync("next-door", db => db.Posts.Select(p => p.Id).SingleAsync());
            await NewReaderAsync("parts-reader@example.com", "Pat Reader");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task A_signed_in_reader_gets_everyones_page_from_the_cache_and_their_parts_apart()
    {
        var anonymous = app.ClientFor(Host);
        await anonymous.GetAsync(app.PostPath);
        var everyones = await anonymous.GetAsync(app.PostPath);
        Assert.NotNull(everyones.Headers.Age);

        var owner = await app.SignedInClientAsync(Host, "owner-of-parts@example.com");
        var owners = await owner.GetAsync(app.PostPath);

        Assert.NotNull(owners.Headers.Age); // from the cache, with no sign-in work
        Assert.Equal(await everyones.Content.ReadAsStringAsync(), await owners.Content.ReadAsStringAsync());
        var parts = await owner.GetAsync(PartsAddress(await Html.ParseAsync(owners)));
        Assert.True(parts.Headers.CacheControl!.NoStore, "A reader's own parts must never be kept by a cache.");
        var document = await Html.ParseAsync(parts);
        Assert.Equal(["admin-bar", "footer-login", $"edit-{await PostIdAsync()}", "like", "comment-identity", "follow"],
            document.QuerySelectorAll("[data-slot]").Select(slot => slot.GetAttribute("data-slot")));
        Assert.Contains("(Owner of parts)", document.QuerySelector(".logged-in-as")!.TextContent);
        Assert.Equal("Edit “Слова для всех”", document.QuerySelector(".post-edit-link")!.TextContent);
    }

    [Fact]
    public async Task Logging_in_gives_the_script_a_hint_and_logging_out_takes_it_back()
    {
        var browser = app.ClientFor(Host);
        var loggedIn = await browser.PostFormAsync("/login/", new() { ["email"] = "parts-reader@example.com", ["password"] = FolioApp.MemberPassword });

        var hint = Assert.Single(loggedIn.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("folio_reader=", StringComparison.Ordinal));
        Assert.DoesNotContain("httponly", hint, StringComparison.OrdinalIgnoreCase); // the page's script reads it
        Assert.DoesNotContain("domain=", hint, StringComparison.OrdinalIgnoreCase); // this host's alone
        Assert.NotEmpty((await browser.GetPersonalPartsAsync(app.PostPath)).QuerySelectorAll("[data-slot]"));

        var loggedOut = await browser.PostFormAsync("/logout/", [], pagePath: app.PostPath);

        Assert.Contains(loggedOut.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("folio_reader=;", StringComparison.Ordinal) && cookie.Contains("expires=", StringComparison.OrdinalIgnoreCase));
        Assert.Empty((await browser.GetPersonalPartsAsync(app.PostPath)).QuerySelectorAll("[data-slot]"));
    }

    [Fact]
    public async Task A_browser_not_signed_in_gets_no_parts()
    {
        var stranger = app.ClientFor(Host);

        var parts = await stranger.GetPersonalPartsAsync(app.PostPath);

        Assert.Empty(parts.QuerySelectorAll("[data-slot]"));
        Assert.Null(parts.QuerySelector("input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task Asking_for_another_sites_posts_shows_nothing_of_them()
    {
        var owner = await app.SignedInClientAsync(Host, "owner-of-parts@example.com");

        var parts = await owner.GetDocumentAsync($"/personal.html?return=%2F%2Fevil.example%2F&post={app.NeighboursPostId}&edit={app.NeighboursPostId},x,-3,{new string('9', 400)}&likes=true");

        Assert.Null(parts.QuerySelector($"[data-slot='edit-{app.NeighboursPostId}']"));
        Assert.DoesNotContain("Next door", parts.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(parts.QuerySelectorAll("nav[aria-label='Site toolbar'] a"), link => link.TextContent.StartsWith("Edit", StringComparison.Ordinal));
        Assert.Equal("/logout/?returnUrl=%2F", parts.GetElementById("footer-logout")!.GetAttribute("action")); // never back to another site
    }

    [Fact]
    public async Task A_reader_who_is_no_member_gets_no_toolbar_and_no_edit_link()
    {
        var reader = await app.SignedInClientAsync(Host, "parts-reader@example.com");

        var parts = await reader.GetPersonalPartsAsync(app.PostPath);

        Assert.Null(parts.Part("admin-bar"));
        Assert.Null(parts.Part($"edit-{await PostIdAsync()}"));
        Assert.Contains("(Pat Reader)", parts.Part("comment-identity")!.TextContent);
        Assert.Equal("false", parts.Part("like")!.QuerySelector("button")!.GetAttribute("aria-pressed"));
    }

    private static string PartsAddress(AngleSharp.Dom.IDocument page) => page.QuerySelector("script[data-personal-parts]")!.GetAttribute("data-personal-parts")!;

    private Task<long> PostIdAsync() => app.QuerySiteAsync("parts", db => db.Posts.Select(p => p.Id).SingleAsync());
}
