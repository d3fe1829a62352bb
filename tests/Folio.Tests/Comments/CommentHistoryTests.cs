using System.Net;
using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Comments;

/// <summary>
/// What a guest's earlier comments decide about a new one: whether it is a duplicate, whether a
/// site that holds first comments publishes it, and the avatar it shows.
/// </summary>
public sealed class CommentHistoryTests(CommentSite site) : IClassFixture<CommentSite>
{
    private async Task<(HttpClient Reader, string PostPath)> OpenSiteAsync(string slug, CommentModeration moderation)
    {
        var ownerId = await site.CreateSiteAsync(slug, $"Site {slug}");
        await site.UpdateSiteAsync(slug, s => s.CommentModeration = moderation);
        var path = await site.SavePostAsync(slug, new SavePost { AuthorId = ownerId, Title = "History", Body = "Say something.", Status = PostStatus.Published });
        return (site.ClientFor($"{slug}.localhost"), path);
    }

    private Task<CommentStatus> StatusOfAsync(string slug, long id) =>
        site.ForSiteAsync(slug, s => s.GetRequiredService<FolioDbContext>().Comments.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());

    [Fact]
    public async Task A_guest_approved_once_is_published_at_once_where_first_comments_are_held()
    {
        var (reader, path) = await OpenSiteAsync("firsts", CommentModeration.HoldFirstTime);

        var first = await site.CommentAsGuestAsync(reader, "My first words here.", "Nell", "nell@example.com", onPath: path);
        var firstId = CommentSite.CommentIdIn(first);
        Assert.Equal(CommentStatus.Pending, await StatusOfAsync("firsts", firstId));
        var stranger = await site.CommentAsGuestAsync(reader, "Someone new.", "Otto", "otto@example.com", onPath: path);
        Assert.Equal(CommentStatus.Pending, await StatusOfAsync("firsts", CommentSite.CommentIdIn(stranger)));

        await site.ForSiteAsync("firsts", s => s.GetRequiredService<FolioDbContext>().Comments.Where(c => c.Id == firstId)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, CommentStatus.Approved)));
        var second = await site.CommentAsGuestAsync(reader, "Back again.", "Nell", "nell@example.com", onPath: path);

        Assert.Equal(CommentStatus.Approved, await StatusOfAsync("firsts", CommentSite.CommentIdIn(second)));
        var page = await reader.GetDocumentAsync(path);
        Assert.Contains("Back again.", page.QuerySelector("#comments")!.TextContent);
    }

    [Fact]
    public async Task A_guest_keeps_one_avatar_and_a_trashed_comment_may_be_said_again()
    {
        var (reader, path) = await OpenSiteAsync("faces", CommentModeration.PublishDirectly);

        var first = CommentSite.CommentIdIn(await site.CommentAsGuestAsync(reader, "Hello there.", "Pia", "pia@example.com", onPath: path));
        await site.ForSiteAsync("faces", s => s.GetRequiredService<FolioDbContext>().Comments.Where(c => c.Id == first)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, CommentStatus.Trash)));
        var again = await site.CommentAsGuestAsync(reader, "Hello there.", "Pia", "pia@example.com", onPath: path);
        var other = await site.CommentAsGuestAsync(reader, "Something else.", "Pia", "pia@example.com", onPath: path);
        var twice = await site.CommentAsGuestAsync(reader, "Something else.", "Pia", "pia@example.com", onPath: path);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Contains(CommentRefusalTexts.Duplicate, WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()));
        var page = await reader.GetDocumentAsync(path);
        var avatars = page.QuerySelectorAll("#comments img.avatar").Select(a => a.GetAttribute("src")).ToList();
        Assert.Equal(2, avatars.Count);
        Assert.Single(avatars.Distinct());
    }

    [Fact]
    public async Task A_comment_on_a_post_with_hundreds_of_comments_lands_and_shows()
    {
        var (reader, path) = await OpenSiteAsync("busy", CommentModeration.PublishDirectly);
        var postId = await site.ForSiteAsync("busy", s => s.GetRequiredService<FolioDbContext>().Posts.Select(p => p.Id).SingleAsync());
        await site.ForSiteAsync("busy", async s =>
        {
            var db = s.GetRequiredService<FolioDbContext>();
            db.Comments.AddRange(Enumerable.Range(0, 300).Select(i => new Comment
            {
                PostId = postId, AuthorName = $"Earlier {i}", AuthorEmail = $"earlier-{i}@example.com", AvatarSeed = "00000000000000ff",
                Body = $"Earlier word {i}.", Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow.AddMinutes(-300 + i),
            }));
            return await db.SaveChangesAsync();
        });
        await reader.GetAsync(path); // the page and its read model are warm

        var response = await site.CommentAsGuestAsync(reader, "The latest word.", "Quinn", "quinn@example.com", onPath: path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{path}#comment-{CommentSite.CommentIdIn(response)}", response.Headers.Location!.OriginalString);
        var page = await reader.GetDocumentAsync(path);
        Assert.Equal(301, page.QuerySelectorAll(".comment-content").Length);
        Assert.Contains("The latest word.", page.QuerySelector($"#comment-{CommentSite.CommentIdIn(response)}")!.TextContent);
    }
}
