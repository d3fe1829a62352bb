using Folio.Bench;
using Folio.Data;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Bench;

/// <summary>
/// <c>Folio.Bench.dll serve</c>: Folio's own server, with the one hook bench/run needs to time a
/// post page whose read models are cold. The product itself honours no benchmark header.
/// </summary>
public sealed class BenchServeTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Fact]
    public async Task A_cold_request_renders_from_the_database_while_others_use_the_read_model()
    {
        var owner = await app.CreateSiteAsync("timed", "Timed");
        var path = await app.SavePostAsync("timed", new SavePost
        {
            AuthorId = owner, Title = "Before", Body = "Words.", Status = PostStatus.Published, PublishedAt = DateTime.UtcNow.AddMinutes(-1),
        });
        using var server = await FolioServer.StartAsync(app.Database, [], withBenchHooks: true);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}/") };
        client.DefaultRequestHeaders.Host = "timed.localhost";
        Assert.Contains("Before", await client.GetStringAsync(path + "?first"));

        // Written past the handlers, so nothing evicts the post's read model: only a read of the database sees it.
        await app.ForSiteAsync("timed", services => services.GetRequiredService<FolioDbContext>().Posts
            .ExecuteUpdateAsync(posts => posts.SetProperty(post => post.Title, "After")));

        // Each query string is a page of its own to the output cache, so both requests render.
        Assert.Contains("Before", await client.GetStringAsync(path + "?warm"));
        using var cold = new HttpRequestMessage(HttpMethod.Get, path + "?cold") { Headers = { { ColdReadModels.Header, "1" } } };
        Assert.Contains("After", await (await client.SendAsync(cold)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Folio_itself_serves_the_cached_page_whatever_benchmark_header_a_request_carries()
    {
        var owner = await app.CreateSiteAsync("plain", "Plain");
        var path = await app.SavePostAsync("plain", new SavePost
        {
            AuthorId = owner, Title = "Cached", Body = "Words.", Status = PostStatus.Published, PublishedAt = DateTime.UtcNow.AddMinutes(-1),
        });
        var client = app.ClientFor("plain.localhost");
        Assert.Contains("Cached", await client.GetStringAsync(path));
        await app.ForSiteAsync("plain", services => services.GetRequiredService<FolioDbContext>().Posts
            .ExecuteUpdateAsync(posts => posts.SetProperty(post => post.Title, "Changed")));

        foreach (var header in new[] { ColdReadModels.Header, "X-Folio-Bench-Uncached" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { { header, "cold" } } };
            Assert.Contains("Cached", await (await client.SendAsync(request)).Content.ReadAsStringAsync());
        }
    }
}
