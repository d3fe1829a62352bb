using Folio.Features.Curation.Feeds;
using Folio.Features.Fetching;
using Folio.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Folio.Tests.Fetching;

public sealed class FetchingFeatureTests
{
    [Fact]
    public void Configured_ports_replace_the_defaults_and_private_networks_stay_off_unless_set()
    {
        static FetchOptions Bind(Dictionary<string, string?> settings)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
            return new ServiceCollection().AddFetchingFeature(configuration).BuildServiceProvider()
                .GetRequiredService<IOptions<FetchOptions>>().Value;
        }

        var defaults = Bind([]);
        Assert.False(defaults.AllowPrivateNetworks);
        Assert.True(defaults.IsPortAllowed(443));
        Assert.False(defaults.IsPortAllowed(8081));

        var configured = Bind(new() { ["Folio:Fetch:AllowPrivateNetworks"] = "true", ["Folio:Fetch:AllowedPorts:0"] = "8081", ["Folio:Fetch:Timeout"] = "00:00:03" });
        Assert.True(configured.AllowPrivateNetworks);
        Assert.True(configured.IsPortAllowed(8081));
        Assert.False(configured.IsPortAllowed(443));
        Assert.Equal(TimeSpan.FromSeconds(3), configured.Timeout);
    }

    [Fact]
    public void The_app_provides_the_fetcher_robots_rules_and_feed_parser()
    {
        using var app = new FolioApp();

        Assert.NotNull(app.Services.GetRequiredService<GuardedFetcher>());
        Assert.NotNull(app.Services.GetRequiredService<RobotsRules>());
        Assert.NotNull(app.Services.GetRequiredService<FeedParser>());
        Assert.False(app.Services.GetRequiredService<IOptions<FetchOptions>>().Value.AllowPrivateNetworks);
    }
}
