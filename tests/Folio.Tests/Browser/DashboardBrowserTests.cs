using System.Text.RegularExpressions;
using Folio.Features.Comments;
using Folio.Features.Curation;
using Folio.Features.Media;
using Folio.Features.Notifications;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;
using Folio.Tests.Media;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// Every page of a site's dashboard, filled with the long names, addresses and words real sites
/// have, as its administrator sees it on a phone and on a desktop. Screenshots of each page land
/// in <c>screenshots/</c>, for a person to look at.
/// </summary>
public sealed class DashboardBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    private const string Slug = "sprawl";
    private const string Host = "sprawl.localhost";

    [SkippableTheory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task No_dashboard_page_scrolls_sideways(int width)
    {
        var detailPages = await FilledSiteAsync();
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        await page.GotoAsync(app.UrlOf(Host, "/login/?returnUrl=/admin/"));
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync($"owner-of-{Slug}@example.com");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        // The login page's own address ends in "returnUrl=/admin/": wait for the dashboard's path.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/");
        var menu = await page.GetByRole(AriaRole.Navigation, new() { Name = "Dashboard" }).GetByRole(AriaRole.Link)
            .EvaluateAllAsync<string[]>("links => links.map(link => new URL(link.href).pathname)");
        var problems = new List<string>();

        foreach (var path in menu.Concat(detailPages))
        {
            await page.GotoAsync(app.UrlOf(Host, path));
            await page.EvaluateAsync("document.fonts.ready");
            var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            var (scrollWidth, clientWidth) = (widths[0], widths[1]);
            if (scrollWidth > clientWidth) problems.Add($"{path} is {scrollWidth - clientWidth}px wider than the {clientWidth}px window.");
            await page.SaveScreenshotAsync($"{Regex.Replace(path, "[^a-z0-9]+", "-").Trim('-')}-{width}");
        }

        Assert.True(menu.Length >= 10, $"The dashboard's menu lists {menu.Length} pages.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// The site, made on first use (tests of a class run one at a time): people, posts with
    /// revisions, held comments, sources with a log, an image and notifications, all with long
    /// names. Returns the pages reached from the menu's pages rather than from the menu.
    /// </summary>
    private async Task<string[]> FilledSiteAsync()
    {
        await using (var scope = app.Services.CreateAsyncScope())
            if (!await scope.ServiceProvider.GetRequiredService<Folio.Data.FolioDbContext>().Sites.AnyAsync(s => s.Slug == Slug))
                await FillSiteAsync();
        return await app.ForSiteAsync(Slug, async services =>
        {
            var db = services.GetRequiredService<Folio.Data.FolioDbContext>();
            var post = await db.Posts.Where(p => p.Slug == "harbour-authority").Select(p => p.Id).SingleAsync();
            var source = await db.Sources.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            return new[] { "/admin/?status=trash", "/admin/posts/", $"/admin/posts/{post}/", $"/admin/posts/{post}/revisions/", $"/admin/sources/{source}/" };
        });
    }

    private async Task FillSiteAsync()
    {
        var owner = await app.CreateSiteAsync(Slug, "The Harbourside and Northern Quays Community Chronicle");
        await app.AddMemberAsync(Slug, "alexandra.konstantinopoulou-whitfield@communications.example.org", SiteRole.Editor);
        await app.AddMemberAsync(Slug, "contributor@example.org", SiteRole.Contributor);
        var title = "Harbour authority approves the new ferry terminal after a decade of consultations";
        var body = "The full decision is at https://harbour.example.org/decisions/2026/north-quay-ferry-terminal-approval-with-conditions-and-appendices.pdf for anyone who wants it.";
        var path = await app.SavePostAsync(Slug, new SavePost { AuthorId = owner, Title = title, Slug = "harbour-authority", Body = body, Status = PostStatus.Published });
        await app.SavePostAsync(Slug, new SavePost { AuthorId = owner, Title = "Second thoughts on the bridge closure and what the council should have said", Slug = "second-thoughts", Body = "Binned.", Status = PostStatus.Draft });
        var moment = new DateTime(2026, 12, 6, 14, 5, 0, DateTimeKind.Utc);

        await app.ForSiteAsync(Slug, async services =>
        {
            var db = services.GetRequiredService<Folio.Data.FolioDbContext>();
            var post = await db.Posts.SingleAsync(p => p.Slug == "harbour-authority");
            await services.GetRequiredService<TrashPostHandler>().MoveToTrashAsync(await db.Posts.Where(p => p.Slug == "second-thoughts").Select(p => p.Id).SingleAsync());
            await services.GetRequiredService<SavePostHandler>().HandleAsync(new SavePost
            {
                PostId = post.Id, AuthorId = owner, Title = title + " (updated)", Slug = "harbour-authority", Body = body + "\n\nUpdated with the vote count.", Status = PostStatus.Published,
            });
            foreach (var (name, email, url) in new[]
            {
                ("Maximilian Featherstonehaugh-Wolfeschlegelsteinhausen", "maximilian.featherstonehaugh@a-very-long-domain-name.example.com", "https://maximilian-featherstonehaugh.example.com/blog/2026/12/on-the-ferry-terminal/"),
                ("Kim", "kim@example.com", null),
            })
                db.Comments.Add(new Comment
                {
                    PostId = post.Id, AuthorName = name, AuthorEmail = email, AuthorUrl = url, Status = CommentStatus.Pending, CreatedAt = moment, IpAddress = "2001:db8:85a3::8a2e:370:7334",
                    Body = "Supercalifragilisticexpialidocious-and-then-some, the terminal is overdue.",
                });
            var healthy = new Source
            {
                FeedUrl = "https://news.example.org/regional/harbourside/northern-quays/feeds/all-stories-including-letters.rss", Name = "The Northern Quays Evening Standard and Advertiser",
                Mode = ImportMode.Publish, FullText = true, LastFetchedAt = moment, NextFetchAt = moment.AddHours(1), LastResult = "3 imported, 2 skipped", ItemsImported = 3, ItemsSkipped = 2, CreatedAt = moment,
            };
            db.Sources.AddRange(healthy, new Source
            {
                FeedUrl = "https://wire.example.net/feed/", Name = "Example Wire", LastFetchedAt = moment, NextFetchAt = moment.AddHours(2), CreatedAt = moment,
                LastError = "The server answered 503 (Service Unavailable) for https://wire.example.net/feed/", ConsecutiveFailures = 2,
            });
            await db.SaveChangesAsync();
            db.SourceItems.AddRange(
                new SourceItem { SourceId = healthy.Id, ItemKey = "1", Title = title, Link = "https://news.example.org/regional/harbourside/2026/12/06/harbour-authority-approves-ferry-terminal", Outcome = ItemOutcome.Imported, CreatedAt = moment },
                new SourceItem { SourceId = healthy.Id, ItemKey = "2", Title = "Letters", Link = "https://news.example.org/letters", Outcome = ItemOutcome.TooOld, Reason = "published 100 days ago, more than the 14 days allowed", CreatedAt = moment });
            db.Notifications.Add(new Notification { AccountId = owner, Kind = NotificationKind.Comment, Actor = "Maximilian Featherstonehaugh-Wolfeschlegelsteinhausen", Subject = title, Url = path, CreatedAt = moment });
            await db.SaveChangesAsync();
            await using var image = new MemoryStream(TestImages.Png(1600, 900));
            return await services.GetRequiredService<UploadMediaHandler>().StoreAsync(
                new UploadMedia("a-photograph-of-the-north-quay-ferry-terminal-construction-site-at-dawn.png", image, "The north quay at dawn"), owner, CancellationToken.None);
        });
    }
}
