using System.CommandLine;
using Folio.Features.Cli;

namespace Folio.Features.Curation;

/// <summary>
/// <c>source add &lt;site&gt; &lt;url&gt; [--publish] [--full-text]</c> and <c>source fetch &lt;site&gt;</c>: the curation
/// commands of the admin command line, through the same handlers as the dashboard.
/// </summary>
public static class SourceCommands
{
    public static Command Create(IServiceProvider services)
    {
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        var site = new Argument<string>("site") { Description = "The site's slug." };
        var url = new Argument<string>("url") { Description = "A feed, or a page whose feed is discovered." };
        var publish = new Option<bool>("--publish") { Description = "Publish new articles at once (default: drafts)." };
        var fullText = new Option<bool>("--full-text") { Description = "Repost whole articles, read from their pages when the feed has only a teaser (default: summaries)." };
        var add = new Command("add", "Follow a feed for curation.") { site, url, publish, fullText };
        add.SetAction((parsed, cancellationToken) => ForSiteAsync(scopes, parsed.GetValue(site)!, cancellationToken, async scope =>
        {
            var mode = parsed.GetValue(publish) ? ImportMode.Publish : ImportMode.Draft;
            var result = await scope.GetRequiredService<AddSourceHandler>().HandleAsync(new AddSource(parsed.GetValue(url)!, mode, parsed.GetValue(fullText)), cancellationToken);
            if (result.Source is not { } source) return AdminCommandLine.Fail([result.Error!]);
            Console.WriteLine($"Added source \"{source.Name}\" ({source.FeedUrl}); new articles become {(mode == ImportMode.Publish ? "published posts" : "drafts")}.");
            return 0;
        }));

        var fetchSite = new Argument<string>("site") { Description = "The site's slug." };
        var fetch = new Command("fetch", "Fetch every source of the site now and print what was imported or skipped.") { fetchSite };
        fetch.SetAction((parsed, cancellationToken) => ForSiteAsync(scopes, parsed.GetValue(fetchSite)!, cancellationToken, scope => FetchAllAsync(scope, cancellationToken)));
        return new Command("source", "Follow publications for curation.") { add, fetch };
    }

    private static async Task<int> FetchAllAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var sources = await scope.GetRequiredService<CurationQueries>().SourcesAsync(cancellationToken);
        if (sources.Count == 0)
        {
            Console.WriteLine("This site has no sources. Add one with: source add <site> <url>");
            return 0;
        }
        var handler = scope.GetRequiredService<FetchSourceHandler>();
        var failures = new List<string>();
        var (imported, skipped) = (0, 0);
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            Console.WriteLine($"[{i + 1}/{sources.Count}] {source.Name} ({source.FeedUrl})");
            var result = await handler.HandleAsync(source.Id, new PrintEach(Print), cancellationToken);
            if (result.Error is { } error)
            {
                Console.WriteLine($"  failed: {error}");
                failures.Add($"{source.Name}: {error}");
            }
            else if (result.Items.Count == 0) Console.WriteLine("  nothing new");
            imported += result.Items.Count(item => item.Outcome == ItemOutcome.Imported);
            skipped += result.Items.Count(item => item.Outcome != ItemOutcome.Imported);
        }
        Console.WriteLine($"{imported} imported, {skipped} skipped from {sources.Count} source(s).");
        return failures.Count == 0 ? 0 : AdminCommandLine.Fail([$"{failures.Count} of {sources.Count} source(s) could not be fetched.", .. failures]);
    }

    private static void Print(ItemReport item) => Console.WriteLine(item.Outcome == ItemOutcome.Imported
        ? $"  imported: {item.Title} ({item.Link}){(item.Reason is { } note ? $" ({note})" : "")}"
        : $"  skipped, {item.Outcome.ToString().ToLowerInvariant()}: {item.Title}: {item.Reason}");

    private static async Task<int> ForSiteAsync(IServiceScopeFactory scopes, string slug, CancellationToken cancellationToken, Func<IServiceProvider, Task<int>> command)
    {
        await using var scope = await scopes.ForSiteAsync(slug, cancellationToken);
        return scope is { } siteScope ? await command(siteScope.ServiceProvider) : AdminCommandLine.Fail([$"No site has the address \"{slug}\"."]);
    }

    /// <summary>Reports each item as it is decided, in order (<see cref="Progress{T}"/> would post to other threads).</summary>
    private sealed class PrintEach(Action<ItemReport> print) : IProgress<ItemReport>
    {
        public void Report(ItemReport value) => print(value);
    }
}
