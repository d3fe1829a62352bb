using System.Net;
using System.Text.Json;
using Folio.Features.Comments;
using Folio.Features.Likes;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Tests.People;

/// <summary>
/// "Download your data" gives a person a JSON file of their profile, comments, likes and
/// memberships on every site, and nothing of anyone else's; nobody logged out gets one.
/// </summary>
public sealed class AccountDataExportTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Fact]
    public async Task The_file_holds_the_persons_own_comments_likes_and_memberships_and_no_one_elses()
    {
        var me = await app.AddMemberAsync("demo", "exporter@example.com", SiteRole.Author);
        await app.QuerySiteAsync("demo", async db =>
        {
            var post = await db.Posts.OrderBy(p => p.Id).FirstAsync();
            db.Comments.Add(new Comment { PostId = post.Id, AccountId = me, AuthorName = "Exporter", AuthorEmail = "exporter@example.com", Body = "My own words.", Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow });
            db.Comments.Add(new Comment { PostId = post.Id, AuthorName = "Someone", AuthorEmail = "someone@example.com", Body = "Not mine.", Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow });
            db.PostLikes.Add(new PostLike { PostId = post.Id, AccountId = me, CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        var browser = await app.SignedInClientAsync("localhost", "exporter@example.com");
        var response = await browser.GetAsync("/account/data/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var text = await response.Content.ReadAsStringAsync();
        using var data = JsonDocument.Parse(text);
        Assert.Equal("exporter@example.com", data.RootElement.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal("My own words.", data.RootElement.GetProperty("comments").EnumerateArray().Single().GetProperty("body").GetString());
        Assert.Single(data.RootElement.GetProperty("likes").EnumerateArray());
        Assert.Equal("demo", data.RootElement.GetProperty("memberships").EnumerateArray().Single().GetProperty("site").GetString());
        Assert.DoesNotContain("Not mine.", text);
        Assert.DoesNotContain("someone@example.com", text);

        Assert.NotEqual(HttpStatusCode.OK, (await app.ClientFor("localhost").GetAsync("/account/data/")).StatusCode);
    }
}
