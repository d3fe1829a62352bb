using System.Net;
using Folio.Data;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Admin;

/// <summary>
/// What each role may do with posts, as a table of action × role. Every case checks both the
/// answer and the database: a refusal must change nothing.
/// </summary>
public sealed class PostPermissionTests(PostPermissionTests.NewsroomSite site) : IClassFixture<PostPermissionTests.NewsroomSite>
{
    public sealed class NewsroomSite : FolioApp, IAsyncLifetime
    {
        public const string Slug = "newsroom";
        public const string Host = "newsroom.localhost";
        public long OtherAuthorDraftId { get; private set; }

        public async Task InitializeAsync()
        {
            await CreateSiteAsync(Slug, "Newsroom");
            await CreateSiteAsync("elsewhere", "Elsewhere");
            foreach (var role in Enum.GetValues<SiteRole>())
                await AddMemberAsync(Slug, $"{role.ToString().ToLowerInvariant()}@newsroom.example", role);
            await AddMemberAsync("elsewhere", "outsider@elsewhere.example", SiteRole.Administrator);
            var otherAuthor = await AddMemberAsync(Slug, "other@newsroom.example", SiteRole.Author);
            await SavePostAsync(Slug, new SavePost { AuthorId = otherAuthor, Title = "Someone else's draft", Body = "Theirs." });
            OtherAuthorDraftId = await QuerySiteAsync(Slug, db => db
                .Posts.Where(p => p.Title == "Someone else's draft").Select(p => p.Id).SingleAsync());
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    public enum Outcome { Allowed, Refused, SentToLogIn }

    public static TheoryData<string, string, Outcome> Cases()
    {
        var data = new TheoryData<string, string, Outcome>();
        void Row(string action, Outcome administrator, Outcome editor, Outcome author, Outcome contributor)
        {
            data.Add(action, "administrator", administrator);
            data.Add(action, "editor", editor);
            data.Add(action, "author", author);
            data.Add(action, "contributor", contributor);
            data.Add(action, "outsider", Outcome.Refused);
            data.Add(action, "anonymous", Outcome.SentToLogIn);
        }
        Row("draft a post", Outcome.Allowed, Outcome.Allowed, Outcome.Allowed, Outcome.Allowed);
        Row("publish a post", Outcome.Allowed, Outcome.Allowed, Outcome.Allowed, Outcome.Refused);
        Row("edit another's draft", Outcome.Allowed, Outcome.Allowed, Outcome.Refused, Outcome.Refused);
        Row("publish another's draft", Outcome.Allowed, Outcome.Allowed, Outcome.Refused, Outcome.Refused);
        Row("write a page", Outcome.Allowed, Outcome.Allowed, Outcome.Refused, Outcome.Refused);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Role_may_or_may_not(string action, string who, Outcome expected)
    {
        var title = $"{action} by {who} {Guid.NewGuid():N}";
        var client = who switch
        {
            "anonymous" => site.ClientFor(NewsroomSite.Host),
            "outsider" => await site.SignedInClientAsync(NewsroomSite.Host, "outsider@elsewhere.example"),
            _ => await site.SignedInClientAsync(NewsroomSite.Host, $"{who}@newsroom.example"),
        };
        var (path, fields) = action switch
        {
            "draft a post" => ("/admin/posts/new/?kind=post", Fields(title, "Save")),
            "publish a post" => ("/admin/posts/new/?kind=post", Fields(title, "Publish")),
            "edit another's draft" => ($"/admin/posts/{site.OtherAuthorDraftId}/", Fields(title, "Save")),
            "publish another's draft" => ($"/admin/posts/{site.OtherAuthorDraftId}/", Fields(title, "Publish")),
            "write a page" => ("/admin/posts/new/?kind=page", Fields(title, "Publish", kind: "Page")),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        var before = await SnapshotAsync();

        // A forged form still carries a valid token of a page this person could open: a member's
        // from a new editor, an outsider's or a stranger's from the host's log-in page.
        var response = await client.PostFormAsync(path, fields, pagePath: who is "outsider" or "anonymous" ? "/login/" : "/admin/posts/new/");

        var after = await SnapshotAsync();
        switch (expected)
        {
            case Outcome.Allowed:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains(title, after);
                break;
            case Outcome.Refused:
                Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.UnprocessableEntity, HttpStatusCode.Redirect });
                if (response.StatusCode == HttpStatusCode.Redirect) Assert.StartsWith("/login/", response.Headers.Location!.AbsolutePath);
                Assert.Equal(before, after);
                break;
            case Outcome.SentToLogIn:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/login/", response.Headers.Location!.AbsolutePath);
                Assert.Equal(before, after);
                break;
        }
    }

    [Fact]
    public async Task A_contributor_sees_why_publishing_is_refused()
    {
        var client = await site.SignedInClientAsync(NewsroomSite.Host, "contributor@newsroom.example");
        var response = await client.PostFormAsync("/admin/posts/new/?kind=post", Fields("Eager contributor", "Publish"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("A contributor can save drafts; an editor publishes them.", page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("Eager contributor", page.QuerySelector("#title")!.GetAttribute("value")); // nothing typed is lost
    }

    [Fact]
    public async Task An_administrator_of_another_site_cannot_open_this_dashboard()
    {
        var client = await site.SignedInClientAsync(NewsroomSite.Host, "outsider@elsewhere.example");
        var response = await client.GetAsync("/admin/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login/", response.Headers.Location!.AbsolutePath);
    }

    /// <summary>Every post of the site, one line each: what a refusal must leave as it was.</summary>
    private async Task<string> SnapshotAsync()
    {
        var rows = await site.QuerySiteAsync(NewsroomSite.Slug, db => db.Posts
            .OrderBy(p => p.Id).Select(p => new { p.Kind, p.Title, p.Status, p.UpdatedAt }).ToListAsync());
        return string.Join("\n", rows.Select(r => $"{r.Kind}|{r.Title}|{r.Status}|{r.UpdatedAt:O}"));
    }

    private static Dictionary<string, string> Fields(string title, string action, string kind = "Post") => new()
    {
        ["Input.Kind"] = kind,
        ["Input.Title"] = title,
        ["Input.Body"] = "Some words.",
        ["Input.BodyFormat"] = "Markdown",
        ["action"] = action,
    };
}
