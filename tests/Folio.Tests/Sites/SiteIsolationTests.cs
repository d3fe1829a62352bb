using System.Net;
using System.Xml.Linq;
using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Sites;

/// <summary>Site A's posts never show on site B: by URL, listing, feed, search or sitemap.</summary>
public sealed class SiteIsolationTests(SiteIsolationTests.TwoSites sites) : IClassFixture<SiteIsolationTests.TwoSites>
{
    private const string SecretTitle = "Alpha's zebra announcement";

    public sealed class TwoSites : FolioApp, IAsyncLifetime
    {
        public string AlphaPostPath { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var alphaOwner = await CreateSiteAsync("alpha", "Alpha");
            var betaOwner = await CreateSiteAsync("beta", "Beta");
            AlphaPostPath = await SavePostAsync("alpha", new SavePost
            {
                AuthorId = alphaOwner, Title = SecretTitle, Body = "Zebras are striped.", Status = PostStatus.Published,
                Categories = ["Shared Name"], Tags = ["shared-tag"],
            });
            await SavePostAsync("beta", new SavePost
            {
                AuthorId = betaOwner, Title = "Beta's own post", Body = "Nothing about stripes.", Status = PostStatus.Published,
                Categories = ["Shared Name"],
            });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Alpha_post_is_served_on_alpha()
    {
        var post = await sites.ClientFor("alpha.localhost").GetDocumentAsync(sites.AlphaPostPath);
        Assert.Equal(SecretTitle, post.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Alpha_permalink_is_not_found_on_beta()
    {
        var response = await sites.ClientFor("beta.localhost").GetAsync(sites.AlphaPostPath);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/category/shared-name/")]
    [InlineData("/?s=zebra")]
    [InlineData("/feed/")]
    [InlineData("/feed/atom/")]
    [InlineData("/feed/json/")]
    [InlineData("/category/shared-name/feed/")]
    [InlineData("/sitemap.xml")]
    public async Task Beta_pages_never_mention_alpha_posts(string path)
    {
        var response = await sites.ClientFor("beta.localhost").GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Words of alpha's post title and body; a search page may echo the query, so not "zebra".
        Assert.DoesNotContain("announcement", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("striped", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alpha.localhost", body);
    }

    [Fact]
    public async Task Cached_pages_are_kept_apart_by_host()
    {
        await sites.ClientFor("alpha.localhost").GetAsync("/");
        await sites.ClientFor("alpha.localhost").GetAsync("/"); // now in the output cache

        var beta = await sites.ClientFor("beta.localhost").GetDocumentAsync("/");

        Assert.Equal("Beta", beta.QuerySelector(".site-title")!.TextContent.Trim());
        Assert.Equal(["Beta's own post"], beta.PostTitles());
    }

    [Fact]
    public async Task Beta_does_not_know_alpha_tags()
    {
        var response = await sites.ClientFor("beta.localhost").GetAsync("/tag/shared-tag/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Beta_sitemap_lists_only_beta()
    {
        var sitemap = XDocument.Parse(await sites.ClientFor("beta.localhost").GetStringAsync("/sitemap.xml"));
        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();

        Assert.Contains(locations, url => url.Contains("/beta-s-own-post/"));
        Assert.All(locations, url => Assert.StartsWith("http://beta.localhost/", url));
    }

    [Fact]
    public Task Data_context_acting_for_beta_cannot_see_alpha_rows() => sites.ForSiteAsync("beta", async services =>
    {
        var db = services.GetRequiredService<FolioDbContext>();
        Assert.Equal(["Beta's own post"], await db.Posts.Select(p => p.Title).ToListAsync());
        Assert.Single(await db.Categories.ToListAsync());
        return 0;
    });

    [Fact]
    public Task Data_context_acting_for_beta_refuses_to_write_alpha_rows() => sites.ForSiteAsync("beta", async services =>
    {
        var db = services.GetRequiredService<FolioDbContext>();
        var alphaPost = await db.Posts.IgnoreQueryFilters().SingleAsync(p => p.Title == SecretTitle);
        alphaPost.Title = "Defaced";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        return 0;
    });

    [Fact]
    public async Task Compiled_comment_target_query_finds_a_post_only_on_its_own_site()
    {
        var alphaSlug = sites.AlphaPostPath.TrimEnd('/').Split('/')[^1];
        // Alpha runs the compiled query first, so beta's runs reuse what alpha's compiled.
        var onAlpha = await sites.ForSiteAsync("alpha", services => services.GetRequiredService<CommentTargets>().BySlugAsync(alphaSlug, default));
        var (bySlug, byId, own) = await sites.ForSiteAsync("beta", async services =>
        {
            var targets = services.GetRequiredService<CommentTargets>();
            return (await targets.BySlugAsync(alphaSlug, default), await targets.ByIdAsync(onAlpha!.Id, default), await targets.BySlugAsync("beta-s-own-post", default));
        });

        Assert.Equal(SecretTitle, onAlpha!.Title);
        Assert.Null(bySlug);
        Assert.Null(byId);
        Assert.Equal("Beta's own post", own?.Title);
    }

    /// <summary>Contexts are pooled: an instance that served alpha serves later scopes, and must act for each one's site alone.</summary>
    [Fact]
    public async Task Pooled_data_context_acts_only_for_the_scope_that_leased_it()
    {
        var lastSite = new Dictionary<FolioDbContext, string>(ReferenceEqualityComparer.Instance);
        var servedAnotherSiteBefore = 0;
        async Task LeaseAsync(string? site, string[] titles)
        {
            await using var scope = sites.Services.CreateAsyncScope();
            if (site is not null)
                scope.ServiceProvider.GetRequiredService<CurrentSite>().Use((await scope.ServiceProvider.GetRequiredService<SiteDirectory>().FindByHostAsync($"{site}.localhost", default))!);
            var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
            Assert.Equal(titles, await db.Posts.Select(p => p.Title).ToListAsync());
            if (lastSite.TryGetValue(db, out var before) && before != (site ?? "")) servedAnotherSiteBefore++;
            lastSite[db] = site ?? "";
        }

        // The pool hands out its instances in turn, so a fixed order of sites could give each
        // instance the same site every time: the order is shuffled (the same way on every run).
        var order = new Random(8);
        for (var lease = 0; lease < 60; lease++)
        {
            switch (order.Next(3))
            {
                case 0: await LeaseAsync("alpha", [SecretTitle]); break;
                case 1: await LeaseAsync("beta", ["Beta's own post"]); break;
                default: await LeaseAsync(null, []); break;
            }
        }
        Assert.True(servedAnotherSiteBefore > 0, $"No context instance served two sites: the pool was not exercised ({lastSite.Count} instances).");
    }

    [Fact]
    public async Task Unscoped_data_context_sees_no_site_rows()
    {
        await using var scope = sites.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();

        Assert.Empty(await db.Posts.ToListAsync());
    }
}
