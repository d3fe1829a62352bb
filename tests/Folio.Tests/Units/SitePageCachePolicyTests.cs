using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Folio.Tests.Units;

public sealed class SitePageCachePolicyTests
{
    [Fact]
    public async Task A_page_whose_reader_left_before_it_was_sent_is_not_stored_for_the_next_reader()
    {
        using var readerLeaves = new CancellationTokenSource();
        var context = await AskThePolicy(readerLeaves.Token);
        Assert.True(context.AllowCacheStorage);

        await readerLeaves.CancelAsync();

        Assert.False(context.AllowCacheStorage);
    }

    [Fact]
    public async Task An_anonymous_read_of_a_site_page_is_looked_up_and_stored()
    {
        using var reader = new CancellationTokenSource();
        var context = await AskThePolicy(reader.Token);

        Assert.True(context.AllowCacheStorage);
        Assert.True(context.AllowCacheLookup);
    }

    private static async Task<OutputCacheContext> AskThePolicy(CancellationToken requestAborted)
    {
        var currentSite = new CurrentSite();
        currentSite.Use(SiteView.From(new Site { Id = 7, Slug = "demo", Title = "Demo" }));
        var http = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddSingleton(currentSite).BuildServiceProvider(),
            RequestAborted = requestAborted,
        };
        http.Request.Method = HttpMethods.Get;
        var context = new OutputCacheContext { HttpContext = http };
        await new SitePageCachePolicy(new PersonalCookies()).CacheRequestAsync(context, CancellationToken.None);
        return context;
    }
}
