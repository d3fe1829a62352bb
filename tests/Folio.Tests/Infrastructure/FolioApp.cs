using Folio.Infrastructure;
using Folio.Features.Identity;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// Folio as a test drives it: the real app with its real database (one per test class, see
/// <see cref="TestDatabase"/>), the demo site seeded, and helpers that act through the same
/// handlers the product uses.
/// </summary>
public class FolioApp : WebApplicationFactory<Program>
{
    public const string DemoPassword = "demo password for tests";
    public const string DemoEmail = "demo@example.com";

    /// <summary>An app on a copy of the migrated template, as nearly every test class wants.</summary>
    public FolioApp() : this(TestDatabase.Migrated())
    {
    }

    protected FolioApp(TestDatabase database) => Database = database;

    /// <summary>An app whose database is empty until it starts: for the tests of migrations, which put an old schema in it first.</summary>
    public static FolioApp OnEmptyDatabase() => new(new TestDatabase());

    public TestDatabase Database { get; }

    /// <summary>Folio's data directory (the mail drop is in it); the database's own temporary folder unless a test needs another.</summary>
    public virtual string DataDirectory => Database.DataDirectory;

    /// <summary>
    /// Null: Folio runs on the real clock. A test class that overrides this with a clock that
    /// stands still moves time itself, and Folio's background jobs run only when it does
    /// (see <see cref="BackgroundJobs"/>).
    /// </summary>
    public virtual FakeTimeProvider? Clock => null;

    protected virtual int CommentsPerMinute => 10_000;

    /// <summary>Tests log in often from one address; LoginRateLimitTests sets a real limit.</summary>
    protected virtual int LoginsPerMinute => 10_000;

    protected virtual int LoginsPerAddressPerMinute => 10_000;

    /// <summary>Tests ask for reset links often; MailFloodTests sets a real limit.</summary>
    protected virtual int MailsPerRecipientPerHour => 10_000;

    /// <summary>Test browsers fill forms faster than people; the tests of that rule set a real minimum.</summary>
    protected virtual double CommentMinimumSeconds => 0;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Database.Settings()) builder.UseSetting(key, value);
        builder.UseSetting("Folio:DataDirectory", DataDirectory);
        builder.UseSetting("Folio:DemoPassword", DemoPassword);
        builder.UseSetting("Folio:SchedulerInterval", "00:00:01");
        builder.UseSetting("Folio:Smtp:OutboxInterval", "00:00:00.500");
        // Tests comment from one address, fast; CommentRateLimitTests sets a real limit.
        builder.UseSetting("Folio:CommentsPerMinute", CommentsPerMinute.ToString());
        builder.UseSetting("Folio:LoginsPerMinute", LoginsPerMinute.ToString());
        builder.UseSetting("Folio:LoginsPerAddressPerMinute", LoginsPerAddressPerMinute.ToString());
        builder.UseSetting("Folio:MailsPerRecipientPerHour", MailsPerRecipientPerHour.ToString());
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, ClientAddressHeader>();
            if (Clock is { } clock) services.AddSingleton<TimeProvider>(clock);
            // The product's 100,000 rounds guard stolen hashes and cost about 50 ms per account made
            // and per log-in, which the suite does over a thousand times; test accounts need no guard.
            services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(hashing => hashing.IterationCount = 1_000);
        });
        builder.UseSetting("Folio:CommentMinimumSeconds", CommentMinimumSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A client for one host, which does not follow redirects (tests check them).</summary>
    public HttpClient ClientFor(string host) =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/"), AllowAutoRedirect = false });

    /// <summary>A client for one host that connects from the given IP address (see <see cref="ClientAddressHeader"/>).</summary>
    public HttpClient ClientFrom(string address, string host = "localhost")
    {
        var client = ClientFor(host);
        client.DefaultRequestHeaders.Add(ClientAddressHeader.Name, address);
        return client;
    }

    public HttpClient DemoClient() => ClientFor("demo.localhost");

    /// <summary>Runs work in a scope acting for the site with this slug, as a request to its host would.</summary>
    public async Task<T> ForSiteAsync<T>(string slug, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var site = await scope.ServiceProvider.GetRequiredService<SiteDirectory>().FindByHostAsync($"{slug}.{scope.ServiceProvider.GetRequiredService<IOptions<FolioOptions>>().Value.RootDomain}", CancellationToken.None)
            ?? throw new InvalidOperationException($"No site {slug}.");
        scope.ServiceProvider.GetRequiredService<CurrentSite>().Use(site);
        return await work(scope.ServiceProvider);
    }

    /// <summary>Reads (or changes) what the site with this slug stored, through the data context a request to its host gets.</summary>
    public Task<T> QuerySiteAsync<T>(string slug, Func<Folio.Data.FolioDbContext, Task<T>> query) =>
        ForSiteAsync(slug, services => query(services.GetRequiredService<Folio.Data.FolioDbContext>()));

    /// <summary>Creates an account and a site it administers; returns the account's id.</summary>
    public async Task<long> CreateSiteAsync(string slug, string title)
    {
        await using var scope = Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<CreateAccountHandler>()
            .HandleAsync(new CreateAccount($"owner-of-{slug}@example.com", "a long enough password", $"Owner of {slug}"));
        var site = await scope.ServiceProvider.GetRequiredService<CreateSiteHandler>()
            .HandleAsync(new CreateSite(slug, title, account.Account!.Id));
        Assert.Null(site.Error);
        return account.Account.Id;
    }

    /// <summary>Changes a site's settings and makes this process forget what it cached of them.</summary>
    public async Task UpdateSiteAsync(string slug, Action<Site> change)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Folio.Data.FolioDbContext>();
        var site = await db.Sites.SingleAsync(s => s.Slug == slug);
        var before = SiteView.From(site);
        change(site);
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<SiteDirectory>().Forget(before);
    }

    /// <summary>Gives the site a custom domain that is already verified, as if it had served its token.</summary>
    public Task UseVerifiedDomainAsync(string slug, string domain) => UpdateSiteAsync(slug, site =>
    {
        site.CustomDomain = domain;
        site.CustomDomainVerifiedAt = DateTime.UtcNow;
    });

    /// <summary>Saves a post or page on the site through the product's handler; returns its path once published.</summary>
    public Task<string> SavePostAsync(string slug, SavePost post) => ForSiteAsync(slug, async services =>
    {
        var result = await services.GetRequiredService<SavePostHandler>().HandleAsync(post);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var saved = await services.GetRequiredService<Folio.Data.FolioDbContext>().Posts.FindAsync(result.PostId);
        return saved!.PublishedLocal is { } at ? PostPaths.Of(saved.Kind, at, saved.Slug) : "";
    });

    public const string MemberPassword = "a long enough password";

    /// <summary>Creates an account with a confirmed email and gives it a role on the site; returns its id.</summary>
    public async Task<long> AddMemberAsync(string slug, string email, SiteRole role)
    {
        await using var scope = Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<CreateAccountHandler>()
            .HandleAsync(new CreateAccount(email, MemberPassword, email.Split('@')[0]));
        Assert.Empty(account.Errors);
        await ForSiteAsync(slug, async services =>
        {
            var db = services.GetRequiredService<Folio.Data.FolioDbContext>();
            db.SiteMembers.Add(new SiteMember { AccountId = account.Account!.Id, Role = role, CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        return account.Account!.Id;
    }

    /// <summary>A confirmed platform account that belongs to no site; returns its id.</summary>
    public async Task<long> NewReaderAsync(string email, string? name = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateAccountHandler>().HandleAsync(new CreateAccount(email, MemberPassword, name));
        Assert.Empty(created.Errors);
        return created.Account!.Id;
    }

    /// <summary>A client for the host that has logged in through the host's own "Log In" form, cookies and all.</summary>
    public async Task<HttpClient> SignedInClientAsync(string host, string email, string password = MemberPassword)
    {
        var client = ClientFor(host);
        var response = await client.PostFormAsync("/login/", new() { ["email"] = email, ["password"] = password });
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Logging in as {email} on {host} failed ({(int)response.StatusCode}).");
        return client;
    }

    /// <summary>The id of the demo blogger, the author of the demo site's posts.</summary>
    public async Task<long> DemoBloggerIdAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Account>>();
        return (await users.FindByEmailAsync("demo@example.com"))!.Id;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        SqliteConnection.ClearAllPools();
        Database.Dispose();
    }
}
