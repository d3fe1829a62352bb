using System.Net;
using Folio.Data;

namespace Folio.Tests.Comments;

public sealed class CommentRateLimitTests(CommentRateLimitTests.StrictSite site) : IClassFixture<CommentRateLimitTests.StrictSite>
{
    public sealed class StrictSite : CommentSite
    {
        protected override int CommentsPerMinute => 3;
    }

    [Fact]
    public async Task A_flood_of_comments_is_answered_429_with_retry_after_and_nothing_more_is_stored()
    {
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await site.CommentAsGuestAsync(site.Reader(), $"Comment {i}", email: $"flood{i}@example.com")).StatusCode);

        var fourth = await site.CommentAsGuestAsync(site.Reader(), "One too many.", email: "flood3@example.com");

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.True(fourth.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("One too many.", await fourth.Content.ReadAsStringAsync()); // the words are given back
        Assert.Equal(0, await site.ForSiteAsync("talk", s => s.GetRequiredService<FolioDbContext>().Comments.CountAsync(c => c.Body == "One too many.")));
    }
}
