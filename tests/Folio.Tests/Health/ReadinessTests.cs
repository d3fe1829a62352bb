using System.Net;
using AngleSharp.Dom;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Health;

/// <summary>
/// <c>/healthz/ready</c> tells, per service, whether pages can be served, and while the database
/// or Redis is down a page answers 503 with <c>Retry-After</c> and says so (issue 18, 4). One
/// Folio process with Redis of its own, on either database.
/// </summary>
public sealed class ReadinessTests : IAsyncLifetime
{
    private const string Demo = "demo.localhost";

    private readonly RedisServer redis = new();
    private readonly TestDatabase database = new();
    private FolioServer server = null!;

    public async Task InitializeAsync()
    {
        await redis.InitializeAsync();
        if (!redis.IsRunning) return;
        server = await FolioServer.StartAsync(database, new Dictionary<string, string>
        {
            ["Folio:Redis"] = redis.Configuration,
            ["Folio:DemoPassword"] = FolioApp.DemoPassword,
        });
    }

    [SkippableFact]
    public async Task Readiness_answers_200_when_the_database_and_redis_answer()
    {
        redis.SkipUnlessRunning();

        var ready = await server.Client(Demo).GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("database: ready\nredis: ready\n", await ready.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task When_redis_stops_readiness_names_it_and_a_page_says_it_is_temporarily_unavailable()
    {
        redis.SkipUnlessRunning();
        await redis.StopAsync();

        var ready = await server.Client("localhost").GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("database: ready\nredis: unavailable\n", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await server.Client("localhost").GetAsync("/healthz")).StatusCode); // still alive

        await AssertUnavailablePageAsync(await server.Client(Demo).GetAsync("/"));
    }

    [SkippableFact]
    [Trait("Category", TestDatabase.PostgresOnly)]
    public async Task When_the_database_stops_readiness_names_it_and_a_page_says_it_is_temporarily_unavailable()
    {
        redis.SkipUnlessRunning();
        Skip.IfNot(TestDatabase.IsPostgres, "A SQLite file cannot be taken away from a running process; PostgreSQL can refuse connections.");
        await database.RefuseConnectionsAsync();

        var ready = await server.Client("localhost").GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("database: unavailable\nredis: ready\n", await ready.Content.ReadAsStringAsync());

        await AssertUnavailablePageAsync(await server.Client(Demo).GetAsync("/?s=peace"));
    }

    private static async Task AssertUnavailablePageAsync(HttpResponseMessage page)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), page.Headers.RetryAfter?.Delta);
        var document = await Html.ParseAsync(page);
        Assert.Equal("Temporarily unavailable", document.QuerySelector("h1")?.TextContent);
        Assert.NotEmpty(document.QuerySelectorAll("link[rel=stylesheet]"));
    }

    public async Task DisposeAsync()
    {
        server?.Dispose();
        database.Dispose();
        await redis.DisposeAsync();
    }
}
