using System.Net;
using System.Text.Json;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Embeds;

/// <summary>The oEmbed provider: how another site turns a Folio post's address into a card.</summary>
public sealed class OEmbedTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Fact]
    public async Task A_post_links_its_oembed_and_the_card_names_the_post_its_site_and_its_author()
    {
        var path = await app.SavePostAsync("demo", new SavePost { AuthorId = await app.DemoBloggerIdAsync(), Title = "Worth embedding", Body = "A card, please.", Status = PostStatus.Published });
        var page = await app.DemoClient().GetDocumentAsync(path);
        var discovery = page.QuerySelector("link[rel=alternate][type='application/json+oembed']")!.GetAttribute("href")!;

        var card = await JsonAsync(discovery);

        Assert.Equal("1.0", card.GetProperty("version").GetString());
        Assert.Equal("rich", card.GetProperty("type").GetString());
        Assert.Equal("Worth embedding", card.GetProperty("title").GetString());
        Assert.Equal("http://demo.localhost/", card.GetProperty("provider_url").GetString());
        Assert.False(string.IsNullOrEmpty(card.GetProperty("author_name").GetString()));
        Assert.Contains($"<a href=\"http://demo.localhost{path}\">Worth embedding</a>", card.GetProperty("html").GetString());
    }

    [Fact]
    public async Task Titles_are_encoded_in_the_cards_html()
    {
        var path = await app.SavePostAsync("demo", new SavePost { AuthorId = await app.DemoBloggerIdAsync(), Title = "<img src=x onerror=alert(1)>", Body = "x", Status = PostStatus.Published });

        var card = await JsonAsync($"/wp-json/oembed/1.0/embed?url={Uri.EscapeDataString("http://demo.localhost" + path)}");

        var html = card.GetProperty("html").GetString()!;
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
    }

    [Theory]
    [InlineData("http://evil.example/2020/01/01/anything/")]
    [InlineData("http://demo.localhost/2020/01/01/no-such-post/")]
    [InlineData("not a url")]
    public async Task Addresses_of_no_post_here_are_404(string url)
    {
        var answer = await app.DemoClient().GetAsync($"/wp-json/oembed/1.0/embed?url={Uri.EscapeDataString(url)}");

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal("oembed_invalid_url", JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_format_not_offered_is_501_as_the_spec_asks()
    {
        var answer = await app.DemoClient().GetAsync("/wp-json/oembed/1.0/embed?url=http%3A%2F%2Fdemo.localhost%2F&format=xml");

        Assert.Equal(HttpStatusCode.NotImplemented, answer.StatusCode);
    }

    private async Task<JsonElement> JsonAsync(string url)
    {
        var answer = await app.DemoClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
    }
}
