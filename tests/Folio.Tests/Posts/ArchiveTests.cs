using System.Net;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Posts;

public sealed class ArchiveTests(ArchiveTests.ArchiveSite site) : IClassFixture<ArchiveTests.ArchiveSite>
{
    public sealed class ArchiveSite : FolioApp, IAsyncLifetime
    {
        public const int PageSize = 5;

        public async Task InitializeAsync()
        {
            var author = await CreateSiteAsync("archive", "Archive");
            await UpdateSiteAsync("archive", site => site.PostsPerPage = PageSize);
            // Ten posts, one a month through 2024: March, April, … December.
            for (var month = 3; month <= 12; month++)
            {
                await SavePostAsync("archive", new SavePost
                {
                    AuthorId = author,
                    Title = $"Post of month {month}",
                    Body = month == 7 ? "Midsummer lighthouse keepers." : "An ordinary month.",
                    Status = PostStatus.Published,
                    PublishedAt = new DateTime(2024, month, 15, 9, 30, 0, DateTimeKind.Utc),
                    Categories = [month % 2 == 0 ? "Even" : "Odd"],
                    Tags = month >= 11 ? ["late"] : [],
                });
            }
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private HttpClient Client => site.ClientFor("archive.localhost");

    [Fact]
    public async Task Home_lists_the_newest_posts_first_and_paginates()
    {
        var first = await Client.GetDocumentAsync("/");
        Assert.Equal([12, 11, 10, 9, 8], first.PostTitles().Select(MonthOf));
        var older = first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal("/page/2/", older);

        var second = await Client.GetDocumentAsync(older);
        Assert.Equal([7, 6, 5, 4, 3], second.PostTitles().Select(MonthOf));
        Assert.Null(second.QuerySelector(".pagination a[rel=next]"));
        Assert.Equal("/", second.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Archive_pages_keep_their_base_path()
    {
        var second = await Client.GetDocumentAsync("/2024/page/2/");
        Assert.Equal([7, 6, 5, 4, 3], second.PostTitles().Select(MonthOf));
        Assert.Equal("/2024/", second.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Search_pages_keep_the_query()
    {
        var first = await Client.GetDocumentAsync("/?s=ordinary");
        Assert.Equal("/page/2/?s=ordinary", first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        var second = await Client.GetDocumentAsync("/page/2/?s=ordinary");
        Assert.Equal(4, second.PostTitles().Count);
    }

    private static int MonthOf(string title) => int.Parse(title.Split(' ').Last());

    [Fact]
    public async Task Post_answers_at_its_dated_permalink()
    {
        var post = await Client.GetDocumentAsync("/2024/07/15/post-of-month-7/");
        Assert.Equal("Post of month 7", post.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("2024-07-15T09:30:00Z", post.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Post_at_a_wrong_date_redirects_permanently_to_its_permalink()
    {
        var response = await Client.GetAsync("/2023/01/01/post-of-month-7/");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/2024/07/15/post-of-month-7/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/category/even/", new[] { 12, 10, 8, 6, 4 })]
    [InlineData("/category/odd/", new[] { 11, 9, 7, 5, 3 })]
    [InlineData("/tag/late/", new[] { 12, 11 })]
    [InlineData("/2024/", new[] { 12, 11, 10, 9, 8 })]
    [InlineData("/2024/07/", new[] { 7 })]
    [InlineData("/2024/07/15/", new[] { 7 })]
    [InlineData("/2024/07/16/", new int[0])]
    [InlineData("/author/owner-of-archive/", new[] { 12, 11, 10, 9, 8 })]
    [InlineData("/?s=lighthouse", new[] { 7 })]
    [InlineData("/?s=LIGHTHOUSES+midsummer", new[] { 7 })]
    [InlineData("/?s=%22unbalanced+(", new int[0])]
    public async Task Archive_lists_exactly_its_posts(string path, int[] months)
    {
        var page = await Client.GetDocumentAsync(path);
        Assert.Equal(months, page.PostTitles().Select(MonthOf));
    }

    [Theory]
    [InlineData("/category/missing/")]
    [InlineData("/tag/missing/")]
    [InlineData("/author/nobody/")]
    [InlineData("/2024/13/")]
    [InlineData("/2024/02/30/")]
    [InlineData("/page/3/")]
    public async Task Archive_that_does_not_exist_is_not_found(string path)
    {
        var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
