using Folio.Tests.Curation;
using Folio.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Folio.Tests.Browser;

/// <summary>Folio on a real socket, allowed to fetch from a test feed server.</summary>
public sealed class LiveCurationApp : LiveFolioApp, IAsyncLifetime
{
    public FeedServer Feeds { get; } = FeedServer.StartAsync().GetAwaiter().GetResult();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in CurationSettings.For(Feeds)) builder.UseSetting(key, value);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await Feeds.DisposeAsync();
}
