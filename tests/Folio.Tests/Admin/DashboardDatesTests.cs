using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Curation;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Admin;

/// <summary>The dashboard tells when things happened as people read it, not as machines do.</summary>
public sealed class DashboardDatesTests(FolioApp app) : IClassFixture<FolioApp>
{
    private static readonly DateTime Moment = new(2026, 12, 6, 14, 5, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Moderation_sources_and_revisions_show_readable_times_in_UTC()
    {
        var pages = await DatedSiteAsync();
        var owner = await app.SignedInClientAsync("dated.localhost", "owner-of-dated@example.com");

        foreach (var path in pages)
        {
            var main = (await owner.GetDocumentAsync(path)).QuerySelector("main")!;

            var times = main.QuerySelectorAll("time").Where(time => time.GetAttribute("datetime") == "2026-12-06T14:05:00Z").Select(time => time.TextContent);
            Assert.True(times.Contains("6 Dec 2026, 14:05 UTC"), $"{path} does not show 6 Dec 2026, 14:05 UTC.");
            Assert.DoesNotContain("2026-12-06T14:05", main.TextContent);
        }
    }

    /// <summary>A held comment, a source with a fetch and a log, and a post's revision, all at <see cref="Moment"/>; returns the pages that show them.</summary>
    private async Task<string[]> DatedSiteAsync()
    {
        var owner = await app.CreateSiteAsync("dated", "Dated");
        await app.SavePostAsync("dated", new SavePost { AuthorId = owner, Title = "On the record", Slug = "on-the-record", Body = "Words.", Status = PostStatus.Published });
        return await app.ForSiteAsync("dated", async services =>
        {
            var db = services.GetRequiredService<FolioDbContext>();
            var post = await db.Posts.SingleAsync(p => p.Slug == "on-the-record");
            db.PostRevisions.Add(new PostRevision { PostId = post.Id, AuthorId = owner, Title = "On the record", Body = "Earlier words.", CreatedAt = Moment });
            db.Comments.Add(new Comment { PostId = post.Id, AuthorName = "Kim", AuthorEmail = "kim@example.com", Body = "Hello.", Status = CommentStatus.Pending, CreatedAt = Moment });
            var source = new Source { FeedUrl = "https://wire.example.net/feed/", Name = "Example Wire", LastFetchedAt = Moment, NextFetchAt = Moment, LastResult = "1 imported", CreatedAt = Moment };
            db.Sources.Add(source);
            await db.SaveChangesAsync();
            db.SourceItems.Add(new SourceItem { SourceId = source.Id, ItemKey = "1", Title = "A story", Outcome = ItemOutcome.Imported, CreatedAt = Moment });
            await db.SaveChangesAsync();
            return new[] { "/admin/comments/", "/admin/sources/", $"/admin/sources/{source.Id}/", $"/admin/posts/{post.Id}/revisions/" };
        });
    }
}
