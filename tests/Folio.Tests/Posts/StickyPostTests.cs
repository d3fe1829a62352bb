using Folio.Features.Admin;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Posts;

/// <summary>Sticky posts, as in WordPress: the front page leads with them, marked "Featured"; everywhere else keeps the order of dates.</summary>
public sealed class StickyPostTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Fact]
    public async Task The_front_page_leads_with_an_old_sticky_post_and_later_pages_keep_date_order()
    {
        var owner = await app.CreateSiteAsync("pinned", "Pinned");
        await app.UpdateSiteAsync("pinned", site => site.PostsPerPage = 3);
        for (var day = 1; day <= 5; day++)
            await app.SavePostAsync("pinned", new SavePost
            {
                AuthorId = owner, Title = $"Day {day}", Body = "News.", Status = PostStatus.Published, Categories = ["Daily"],
                PublishedAt = new DateTime(2025, 3, day, 8, 0, 0, DateTimeKind.Utc), Sticky = day == 1,
            });
        var client = app.ClientFor("pinned.localhost");

        var front = await client.GetDocumentAsync("/");
        Assert.Equal(["Day 1", "Day 5", "Day 4", "Day 3"], front.PostTitles());
        var first = front.QuerySelectorAll("article.post-summary")[0];
        Assert.Contains("sticky", first.ClassList);
        Assert.Equal("Featured", first.QuerySelector(".post-featured")?.TextContent);
        Assert.Single(front.QuerySelectorAll(".post-featured"));

        Assert.Equal(["Day 2", "Day 1"], (await client.GetDocumentAsync("/page/2/")).PostTitles());
        Assert.Equal(["Day 5", "Day 4", "Day 3"], (await client.GetDocumentAsync("/category/daily/")).PostTitles());
    }

    [Fact]
    public async Task Only_editors_and_administrators_stick_a_post_and_an_authors_edit_keeps_it_stuck()
    {
        var owner = await app.CreateSiteAsync("stickiness", "Stickiness");
        var author = await app.AddMemberAsync("stickiness", "author@stickiness.example", SiteRole.Author);

        var byAuthor = await EditAsync(null, new EditorInput { Title = "Mine on top", Body = "Please.", Sticky = true }, author, SiteRole.Author);
        Assert.False(await StickyAsync(byAuthor));

        var byOwner = await EditAsync(null, new EditorInput { Title = "Announcement", Body = "Read me.", Sticky = true }, owner, SiteRole.Administrator);
        Assert.True(await StickyAsync(byOwner));
        await app.ForSiteAsync("stickiness", async services =>
        {
            var db = services.GetRequiredService<Folio.Data.FolioDbContext>();
            return await db.Posts.Where(p => p.Id == byOwner).ExecuteUpdateAsync(set => set.SetProperty(p => p.AuthorId, author));
        });
        // The author's form has no sticky box: saving it must not unstick what an editor chose.
        await EditAsync(byOwner, new EditorInput { Title = "Announcement, corrected", Body = "Read me." }, author, SiteRole.Author);
        Assert.True(await StickyAsync(byOwner));
    }

    private Task<long> EditAsync(long? postId, EditorInput input, long accountId, SiteRole role) => app.ForSiteAsync("stickiness", async services =>
    {
        var result = await services.GetRequiredService<EditPostHandler>().HandleAsync(postId, input, EditorAction.Publish, accountId, role, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.PostId!.Value;
    });

    private Task<bool> StickyAsync(long postId) => app.ForSiteAsync("stickiness", services =>
        services.GetRequiredService<Folio.Data.FolioDbContext>().Posts.Where(p => p.Id == postId).Select(p => p.Sticky).SingleAsync());
}
