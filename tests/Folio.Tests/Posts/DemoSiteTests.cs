using System.Net;
using System.Text.Json;
using Folio.Features.Demo;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Posts;

public sealed class DemoSiteTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Theory]
    [InlineData("zametki.localhost", "ru", "Мой первый отзыв о новой библиотеке", "Добавить комментарий")]
    [InlineData("nshumner.localhost", "hy", "Նոր գրադարանը", "Թողնել պատասխան")]
    public async Task The_demo_has_a_site_in_Russian_and_one_in_Armenian_whose_posts_open_in_their_language(string host, string language, string latest, string leaveAReply)
    {
        var client = app.ClientFor(host);

        var home = await client.GetDocumentAsync("/");
        Assert.Equal(language, home.DocumentElement.GetAttribute("lang"));
        Assert.Equal(latest, home.PostTitles()[0]);
        var post = await client.GetDocumentAsync(home.QuerySelector(".post-title a")!.GetAttribute("href")!);
        Assert.Equal(latest, post.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(leaveAReply, post.QuerySelector("#respond [data-reply-title]")!.TextContent);
    }

    [Fact]
    public async Task Demo_home_shows_the_seed_article_as_the_latest_post()
    {
        var home = await app.DemoClient().GetDocumentAsync("/");

        var article = SeedArticle.Load();
        Assert.Equal(article.Title, home.PostTitles()[0]);
        Assert.Equal("Regional News Digest", home.QuerySelector(".site-title")!.TextContent.Trim());
    }

    [Fact]
    public async Task Every_site_page_carries_the_platform_banner_with_get_started()
    {
        var client = app.DemoClient();
        foreach (var path in new[] { "/", "/category/security/", "/?s=peace", "/no-such-page/" })
        {
            var response = await client.GetAsync(path);
            var page = await Html.ParseAsync(response);
            var getStarted = page.QuerySelectorAll("a").SingleOrDefault(a => a.TextContent.Trim() == "Get started");
            Assert.True(getStarted is not null, $"{path} has no Get started link.");
            Assert.StartsWith("http://localhost/", getStarted.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Curated_post_links_to_its_original_names_the_source_and_says_so_in_json_ld()
    {
        var client = app.DemoClient();
        var home = await client.GetDocumentAsync("/");
        var path = home.QuerySelector("article .post-title a")!.GetAttribute("href")!;

        var post = await client.GetDocumentAsync(path);

        var original = post.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Read original article here");
        Assert.Equal(DemoSeeder.OriginalUrl, original.GetAttribute("href"));
        Assert.Contains(DemoSeeder.SourceName, post.QuerySelector(".attribution")!.TextContent);
        Assert.Equal(SeedArticle.Load().Paragraphs.Count, post.QuerySelectorAll(".post-content p").Length);

        using var jsonLd = JsonDocument.Parse(post.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("NewsArticle", jsonLd.RootElement.GetProperty("@type").GetString());
        Assert.Equal(DemoSeeder.OriginalUrl, jsonLd.RootElement.GetProperty("isBasedOn").GetProperty("url").GetString());
        Assert.Equal("article", post.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("http://demo.localhost" + path, post.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Demo_blogger_can_sign_in_with_the_configured_password()
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Folio.Features.Identity.Account>>();
        var blogger = await users.FindByEmailAsync(DemoSeeder.BloggerEmail);

        Assert.NotNull(blogger);
        Assert.True(await users.CheckPasswordAsync(blogger, FolioApp.DemoPassword));
    }

    [Fact]
    public async Task Health_answers_on_every_host()
    {
        foreach (var host in new[] { "demo.localhost", "localhost", "unknown.example.net" })
        {
            var response = await app.ClientFor(host).GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
