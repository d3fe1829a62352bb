using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Likes;

namespace Folio.Tests.Likes;

public sealed class LikeConcurrencyTests(LikeSite site) : IClassFixture<LikeSite>
{
    /// <summary>Accounts made straight in the database: these tests are about likes, not password hashing.</summary>
    private Task<List<long>> NewAccountsAsync(string prefix, int count) => site.ForSiteAsync(LikeSite.Slug, async s =>
    {
        var db = s.GetRequiredService<FolioDbContext>();
        var accounts = Enumerable.Range(1, count).Select(i => new Account
        {
            UserName = $"{prefix}-{i}", NormalizedUserName = $"{prefix}-{i}".ToUpperInvariant(),
            Email = $"{prefix}-{i}@crowd.example", NormalizedEmail = $"{prefix}-{i}@crowd.example".ToUpperInvariant(), EmailConfirmed = true,
            DisplayName = $"{prefix} {i}", CreatedAt = DateTime.UtcNow, SecurityStamp = Guid.NewGuid().ToString(),
        }).ToList();
        db.Users.AddRange(accounts);
        await db.SaveChangesAsync();
        return accounts.Select(a => a.Id).ToList();
    });

    private Task<int> LikeNotificationsAsync(string path) => site.ForSiteAsync(LikeSite.Slug, s =>
        s.GetRequiredService<FolioDbContext>().Notifications.CountAsync(n => n.Url == path + "#likes"));

    [Fact]
    public async Task Two_hundred_readers_liking_at_the_same_moment_make_exactly_two_hundred_likes()
    {
        var (postId, path) = await site.NewPostAsync("Everyone at once");
        var readers = await NewAccountsAsync("crowd", 200);
        using var start = new ManualResetEventSlim();

        var likes = readers.Select(reader => Task.Run(async () =>
        {
            start.Wait();
            return await site.LikeAsync(postId, reader);
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(likes);

        Assert.All(outcomes, outcome => Assert.Equal(LikeOutcome.Liked, outcome));
        Assert.Equal(200, await site.LikeCountAsync(postId));
        Assert.Equal(200, await LikeNotificationsAsync(path));
        Assert.Contains("200 bloggers like this:", await site.Reader().GetStringAsync(path));
    }

    [Fact]
    public async Task One_reader_pressing_like_many_times_at_once_likes_once_and_tells_the_author_once()
    {
        var (postId, path) = await site.NewPostAsync("Impatient clicks");
        var reader = (await NewAccountsAsync("clicker", 1))[0];
        using var start = new ManualResetEventSlim();

        var likes = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await site.LikeAsync(postId, reader);
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(likes);

        Assert.All(outcomes, outcome => Assert.Equal(LikeOutcome.Liked, outcome));
        Assert.Equal(1, await site.LikeCountAsync(postId));
        Assert.Equal(1, await LikeNotificationsAsync(path));
    }
}
