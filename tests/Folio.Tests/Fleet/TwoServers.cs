using System.Net;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Fleet;

/// <summary>
/// A fleet of two: two <c>dotnet Folio.dll</c> processes on one PostgreSQL database and one Redis,
/// each with its own data directory, so that keys and caches can only be shared through Redis.
/// The tests play the load balancer, sending each request to one server or the other. Fleet mode
/// needs PostgreSQL: without FOLIO_TEST_POSTGRES the tests are skipped and say so.
/// </summary>
public sealed class TwoServers : IAsyncLifetime
{
    public const string CommentsPerMinute = "3";

    private readonly RedisServer redis = new();
    private readonly List<string> dataDirectories = [];
    private TestDatabase? database;

    public FolioServer First { get; private set; } = null!;
    public FolioServer Second { get; private set; } = null!;

    public IEnumerable<FolioServer> Both => [First, Second];

    public void SkipUnlessRunning()
    {
        Skip.IfNot(TestDatabase.IsPostgres, $"Fleet mode needs PostgreSQL: set {TestDatabase.PostgresVariable} (see TestDatabase) to run these tests.");
        redis.SkipUnlessRunning();
    }

    public async Task InitializeAsync()
    {
        if (!TestDatabase.IsPostgres) return;
        await redis.InitializeAsync();
        if (!redis.IsRunning) return;
        database = new TestDatabase();
        First = await FolioServer.StartAsync(database, Settings()); // migrates and seeds the demo site
        Second = await FolioServer.StartAsync(database, Settings());
    }

    private IEnumerable<KeyValuePair<string, string>> Settings()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("folio-fleet-").FullName;
        dataDirectories.Add(dataDirectory);
        return new Dictionary<string, string>
        {
            ["Folio:DataDirectory"] = dataDirectory,
            ["Folio:Redis"] = redis.Configuration,
            ["Folio:DemoPassword"] = FolioApp.DemoPassword,
            ["Folio:CommentsPerMinute"] = CommentsPerMinute,
            ["Folio:CommentMinimumSeconds"] = "0",
            ["Folio:SchedulerInterval"] = "00:00:01",
            // Each round of the scheduler is printed, so that a test can wait for rounds rather than seconds.
            ["Logging:LogLevel:Folio.Features.Posts.ScheduledPostPublisher"] = "Debug",
            // The tests are the proxy: X-Forwarded-For gives each test a client address of its own.
            ["Folio:TrustedProxies"] = "127.0.0.1",
        };
    }

    /// <summary>One browser (one cookie jar) signed in as the demo blogger through the first server, with a client for each server.</summary>
    public async Task<(HttpClient First, HttpClient Second)> DemoBloggerAsync()
    {
        var cookies = new CookieContainer();
        var first = First.Client("demo.localhost", cookies);
        var login = await first.PostFormAsync("/login/", new() { ["email"] = FolioApp.DemoEmail, ["password"] = FolioApp.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return (first, Second.Client("demo.localhost", cookies));
    }

    public async Task DisposeAsync()
    {
        First?.Dispose();
        Second?.Dispose();
        database?.Dispose();
        await redis.DisposeAsync();
        foreach (var directory in dataDirectories) Directory.Delete(directory, recursive: true);
    }
}
