using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.RestApi;

/// <summary>WordPress's own API client, pointed at a Folio site's address, works as it does against WordPress.</summary>
public sealed class WpapiCompatibilityTests(LiveFolioApp app) : IClassFixture<LiveFolioApp>
{
    [SkippableFact]
    public async Task Wpapi_discovers_the_api_pages_filters_searches_and_embeds()
    {
        WpapiClient.SkipUnlessAvailable();
        var owner = await app.CreateSiteAsync("wpapi", "Client Compatible");
        // Node resolves no *.localhost names, so the site answers at the loopback address as its own domain.
        await app.UpdateSiteAsync("wpapi", site => site.CustomDomain = "127.0.0.1");
        var published = DateTime.UtcNow.AddDays(-3);
        foreach (var (title, category) in new[] { ("Harbour news", "Local"), ("The lighthouse reopens", "Local"), ("Markets today", "Money") })
        {
            published = published.AddHours(1);
            await app.SavePostAsync("wpapi", new SavePost
            {
                AuthorId = owner, Title = title, Body = $"{title}: the whole story.", Status = PostStatus.Published, PublishedAt = published, Categories = [category],
            });
        }

        var found = await WpapiClient.RunAsync("read-site.mjs", app.UrlOf("127.0.0.1"), "local");

        Assert.Equal(3, found.GetProperty("total").GetInt32());
        Assert.Equal(2, found.GetProperty("totalPages").GetInt32());
        Assert.Equal(["Markets today", "The lighthouse reopens"], Strings(found, "firstPageTitles"));
        Assert.Equal(["The lighthouse reopens", "Harbour news"], Strings(found, "categoryTitles"));
        Assert.Equal(["The lighthouse reopens"], Strings(found, "searchTitles"));
        Assert.Equal(["Money"], Strings(found, "embeddedCategories"));
        Assert.False(string.IsNullOrEmpty(found.GetProperty("embeddedAuthor").GetString()));
    }

    private static string[] Strings(System.Text.Json.JsonElement found, string name) =>
        found.GetProperty(name).EnumerateArray().Select(item => item.GetString()!).ToArray();
}
