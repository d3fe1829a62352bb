using System.Net;
using AngleSharp.Dom;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Admin;

/// <summary>
/// A site's members see a toolbar on its pages (Dashboard, New post, Edit, comments awaiting) and
/// an "Edit" link under the posts they may edit; readers and strangers never do, and the page the
/// cache shares never carries it: both are the member's personal parts of the page (Features/Personal).
/// </summary>
public sealed class AdminBarTests(AdminBarTests.BarSite app) : IClassFixture<AdminBarTests.BarSite>
{
    private const string Host = "bar.localhost";
    private const string AuthorEmail = "author-at-bar@example.com";
    private const string ReaderEmail = "reader-at-bar@example.com";
    private const string OwnerEmail = "owner-of-bar@example.com";

    public sealed class BarSite : FolioApp, IAsyncLifetime
    {
        public string OwnersPost { get; private set; } = "";
        public string AuthorsPost { get; private set; } = "";
        public string AboutPage { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var owner = await CreateSiteAsync("bar", "The Bar");
            var author = await AddMemberAsync("bar", AuthorEmail, SiteRole.Author);
            await NewReaderAsync(ReaderEmail, "Rae Reader");
            OwnersPost = await SavePostAsync("bar", new SavePost { AuthorId = owner, Title = "Owner's news", Body = "News.", Status = PostStatus.Published });
            AuthorsPost = await SavePostAsync("bar", new SavePost { AuthorId = author, Title = "Author's notes", Body = "Notes.", Status = PostStatus.Published });
            AboutPage = await SavePostAsync("bar", new SavePost { AuthorId = owner, Title = "About the bar", Slug = "about", Body = "About.", Status = PostStatus.Published, Kind = PostKind.Page });
            // A first-time guest's comment waits for a moderator.
            var held = await ClientFor(Host).PostAsync($"{OwnersPost}?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Form.Comment"] = "First!", ["Form.Author"] = "Guest", ["Form.Email"] = "guest@example.com",
            }));
            Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task The_owner_sees_the_toolbar_with_edit_and_the_comment_awaiting_and_an_edit_link_under_each_post()
    {
        var owner = await app.SignedInClientAsync(Host, OwnerEmail);

        var post = await owner.GetPersonalPartsAsync(app.OwnersPost);

        Assert.Equal(
            ["Dashboard → /admin/", "New post → /admin/posts/new/", $"Edit post → /admin/posts/{await IdOfAsync(app.OwnersPost)}/", "One comment awaiting moderation → /admin/comments/?status=pending", "Owner of bar → http://localhost/account/"],
            ToolbarLinks(post));
        Assert.Equal($"/admin/posts/{await IdOfAsync(app.OwnersPost)}/", EditLink(post, "Owner's news"));

        var front = await owner.GetPersonalPartsAsync("/");
        Assert.Equal($"/admin/posts/{await IdOfAsync(app.AuthorsPost)}/", EditLink(front, "Author's notes"));
        Assert.Contains($"Edit page → /admin/posts/{await IdOfAsync(app.AboutPage)}/", ToolbarLinks(await owner.GetPersonalPartsAsync(app.AboutPage)));
    }

    [Fact]
    public async Task An_author_may_edit_their_own_post_only_and_is_not_told_of_comments_awaiting()
    {
        var author = await app.SignedInClientAsync(Host, AuthorEmail);

        var own = await author.GetPersonalPartsAsync(app.AuthorsPost);
        Assert.Contains($"Edit post → /admin/posts/{await IdOfAsync(app.AuthorsPost)}/", ToolbarLinks(own));
        Assert.DoesNotContain(ToolbarLinks(own), link => link.Contains("awaiting", StringComparison.Ordinal));

        var others = await author.GetPersonalPartsAsync(app.OwnersPost);
        Assert.Equal(["Dashboard → /admin/", "New post → /admin/posts/new/", "author-at-bar → http://localhost/account/"], ToolbarLinks(others));
        Assert.Null(EditLink(others, "Owner's news"));
        Assert.DoesNotContain(ToolbarLinks(await author.GetPersonalPartsAsync(app.AboutPage)), link => link.StartsWith("Edit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_signed_in_reader_gets_no_toolbar_and_can_log_out_from_the_footer()
    {
        var reader = await app.SignedInClientAsync(Host, ReaderEmail);

        var post = await reader.GetPersonalPartsAsync(app.OwnersPost);

        Assert.Null(post.QuerySelector("nav[aria-label='Site toolbar']"));
        Assert.Null(EditLink(post, "Owner's news"));
        var footer = post.Part("footer-login")!;
        Assert.Equal("Log Out", footer.QuerySelector("button[form=footer-logout]")?.TextContent);
        Assert.StartsWith("/logout/", post.GetElementById("footer-logout")?.GetAttribute("action"));
    }

    [Fact]
    public async Task The_page_a_stranger_gets_after_the_owner_never_carries_the_toolbar()
    {
        var stranger = app.ClientFor(Host);
        var owner = await app.SignedInClientAsync(Host, OwnerEmail);

        foreach (var path in new[] { app.OwnersPost, "/" })
        {
            // The owner's page, asked for first, is the page the cache keeps for everyone.
            var ownersPage = await owner.GetDocumentAsync(path);
            Assert.NotEmpty(ToolbarLinks(await owner.GetPersonalPartsAsync(ownersPage)));
            var page = await stranger.GetDocumentAsync(path);
            Assert.Null(page.QuerySelector("nav[aria-label='Site toolbar']"));
            Assert.Empty(page.QuerySelectorAll(".post-edit-link"));
            Assert.Contains(page.QuerySelectorAll(".site-footer a"), link => link.TextContent == "Log In");
            Assert.Empty((await stranger.GetPersonalPartsAsync(page)).QuerySelectorAll("[data-slot]"));
        }
    }

    private static List<string> ToolbarLinks(IDocument page) =>
        page.QuerySelector("nav[aria-label='Site toolbar']") is { } toolbar
            ? [.. toolbar.QuerySelectorAll("a").Select(a => $"{a.TextContent.Trim()} → {a.GetAttribute("href")}")]
            : [];

    /// <summary>The "Edit" link under the post with this title, as a screen reader names it ("Edit “title”").</summary>
    private static string? EditLink(IDocument page, string title) =>
        page.QuerySelectorAll(".post-edit-link").FirstOrDefault(link => link.TextContent == $"Edit “{title}”")?.GetAttribute("href");

    private Task<long> IdOfAsync(string path) =>
        app.QuerySiteAsync("bar", db => db.Posts.Where(p => p.Slug == path.TrimEnd('/').Split('/').Last()).Select(p => p.Id).SingleAsync());
}
