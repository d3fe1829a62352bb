using Folio.Features.Identity.ApplicationPasswords;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.RestApi;

/// <summary>WordPress's own API client, pointed at a Folio site's address, reads and writes as it does against WordPress.</summary>
public sealed class WpapiCompatibilityTests(LiveFolioApp app) : IClassFixture<LiveFolioApp>
{
    [SkippableFact]
    public async Task Wpapi_discovers_the_api_pages_filters_searches_embeds_and_writes_with_an_application_password()
    {
        WpapiClient.SkipUnlessAvailable();
        var owner = await app.CreateSiteAsync("wpapi", "Client Compatible");
        // Node resolves no *.localhost names, so the site answers at the loopback address as its own domain.
        await app.UseVerifiedDomainAsync("wpapi", "127.0.0.1");
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

        var password = await app.ForSiteAsync("wpapi", services => services.GetRequiredService<ApplicationPasswordStore>().CreateAsync(owner, "wpapi", CancellationToken.None));
        var wrote = await WpapiClient.RunAsync("write-site.mjs", app.UrlOf("127.0.0.1"), "owner-of-wpapi@example.com", password);

        Assert.Equal("Owner of wpapi", wrote.GetProperty("me").GetString());
        Assert.Equal("publish", wrote.GetProperty("createdStatus").GetString());
        Assert.Equal("Written by wpapi, then edited", wrote.GetProperty("updatedTitle").GetString());
        Assert.Equal("approved", wrote.GetProperty("commentStatus").GetString());
        Assert.True(wrote.GetProperty("pageShowsEdit").GetBoolean());
        Assert.True(wrote.GetProperty("deleted").GetBoolean());
        Assert.Equal(404, wrote.GetProperty("statusAfterDelete").GetInt32());
    }

    private static string[] Strings(System.Text.Json.JsonElement found, string name) =>
        found.GetProperty(name).EnumerateArray().Select(item => item.GetString()!).ToArray();
}
