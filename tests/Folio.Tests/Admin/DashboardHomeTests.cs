using System.Net;
using Folio.Features.Curation;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Admin;

/// <summary>The dashboard opens on what needs an editor: comments awaiting, sources failing, the latest comments.</summary>
public sealed class DashboardHomeTests(DashboardHomeTests.HomeSite app) : IClassFixture<DashboardHomeTests.HomeSite>
{
    private const string Host = "home.localhost";

    public sealed class HomeSite : FolioApp, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            var owner = await CreateSiteAsync("home", "Home sweet home");
            await AddMemberAsync("home", "author-at-home@example.com", SiteRole.Author);
            var post = await SavePostAsync("home", new SavePost { AuthorId = owner, Title = "Open house", Body = "Come in.", Status = PostStatus.Published });
            foreach (var (name, words) in new[] { ("Ada", "Lovely."), ("Brook", "Me too.") })
            {
                var held = await ClientFor(Host).PostAsync($"{post}?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Form.Comment"] = words, ["Form.Author"] = name, ["Form.Email"] = $"{name.ToLowerInvariant()}@example.com",
                }));
                Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
            }
            await QuerySiteAsync("home", db =>
            {
                db.Sources.Add(new Source
                {
                    FeedUrl = "https://gone.example/feed/", Name = "Gone Gazette", ConsecutiveFailures = 3, LastError = "404 Not Found",
                    NextFetchAt = DateTime.UtcNow.AddYears(1), CreatedAt = DateTime.UtcNow,
                });
                return db.SaveChangesAsync();
            });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task The_owner_opens_the_dashboard_on_comments_awaiting_a_failing_source_and_the_latest_comments()
    {
        var owner = await app.SignedInClientAsync(Host, "owner-of-home@example.com");

        var home = await owner.GetDocumentAsync("/admin/");

        var attention = home.QuerySelector("section[aria-labelledby=needs-attention-heading]");
        Assert.NotNull(attention);
        Assert.Equal(
            ["2 comments awaiting moderation → /admin/comments/?status=pending", "One source could not be fetched → /admin/sources/"],
            attention.QuerySelectorAll(".attention-items a").Select(a => $"{a.TextContent} → {a.GetAttribute("href")}"));
        Assert.Equal(["Brook on “Open house”", "Ada on “Open house”"], attention.QuerySelectorAll(".latest-comments a").Select(a => a.TextContent));
        Assert.StartsWith("/admin/comments/?status=pending#comment-", attention.QuerySelector(".latest-comments a")!.GetAttribute("href"));
        // The posts are still there, under it.
        Assert.Contains(home.QuerySelectorAll("table a"), link => link.TextContent == "Open house");
    }

    [Fact]
    public async Task An_author_and_a_filtered_list_get_the_posts_alone()
    {
        var author = await app.SignedInClientAsync(Host, "author-at-home@example.com");
        Assert.Null((await author.GetDocumentAsync("/admin/")).QuerySelector(".needs-attention"));

        var owner = await app.SignedInClientAsync(Host, "owner-of-home@example.com");
        Assert.Null((await owner.GetDocumentAsync("/admin/?status=draft")).QuerySelector(".needs-attention"));
        Assert.Null((await owner.GetDocumentAsync("/admin/pages/")).QuerySelector(".needs-attention"));
    }
}
