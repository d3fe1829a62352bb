using Folio.Features.Curation;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Folio.Tests.Curation;

/// <summary>
/// Folio allowed to fetch from the tests' <see cref="FeedServer"/> on 127.0.0.1, with helpers that
/// act through the curation handlers as the dashboard does. The poller runs once at start, then
/// rests an hour, so tests decide when sources are fetched; <see cref="PollingCurationApp"/> lets it run.
/// </summary>
public class CurationApp : FolioApp, IAsyncLifetime
{
    public FeedServer Feeds { get; } = FeedServer.StartAsync().GetAwaiter().GetResult();

    protected virtual string PollInterval => "01:00:00";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in CurationSettings.For(Feeds, PollInterval)) builder.UseSetting(key, value);
    }

    public async Task<Source> AddSourceAsync(string slug, string url, ImportMode mode = ImportMode.Publish)
    {
        var result = await ForSiteAsync(slug, services => services.GetRequiredService<AddSourceHandler>().HandleAsync(new AddSource(url, mode)));
        Assert.True(result.Source is not null, result.Error);
        return result.Source;
    }

    public Task<FetchSourceResult> FetchAsync(string slug, long sourceId) =>
        ForSiteAsync(slug, services => services.GetRequiredService<FetchSourceHandler>().HandleAsync(sourceId));

    public Task EditRulesAsync(string slug, Source source, Action<SourceRules> change) => ForSiteAsync(slug, async services =>
    {
        var rules = SourceRules.From(source);
        change(rules);
        var errors = await services.GetRequiredService<EditSourceHandler>().HandleAsync(new EditSource(source.Id, rules));
        Assert.Empty(errors);
        return errors;
    });

    public Task<Source> SourceAsync(string slug, long sourceId) =>
        ForSiteAsync(slug, async services => (await services.GetRequiredService<CurationQueries>().SourceAsync(sourceId, CancellationToken.None))!);

    public Task<List<Post>> PostsAsync(string slug) =>
        QuerySiteAsync(slug, db => db.Posts.AsNoTracking().OrderBy(p => p.Id).ToListAsync());

    public Task<List<SourceItem>> ItemsAsync(string slug) =>
        QuerySiteAsync(slug, db => db.SourceItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync());

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await Feeds.DisposeAsync();
}

/// <summary>The same, with the poller looking for due sources several times a second.</summary>
public sealed class PollingCurationApp : CurationApp
{
    protected override string PollInterval => "00:00:00.250";
}

/// <summary>The settings that let Folio fetch from a test <see cref="FeedServer"/>: private networks and its port allowed, short limits.</summary>
public static class CurationSettings
{
    public static IEnumerable<KeyValuePair<string, string>> For(FeedServer feeds, string pollInterval = "01:00:00") =>
    [
        new("Folio:Fetch:AllowPrivateNetworks", "true"),
        new("Folio:Fetch:AllowedPorts:0", feeds.Port.ToString()),
        new("Folio:Fetch:Timeout", "00:00:05"),
        // Tests change a host's robots.txt between fetches.
        new("Folio:Fetch:RobotsCacheDuration", "00:00:00.001"),
        new("Folio:Curation:PollInterval", pollInterval),
    ];
}
