using System.Net;
using System.Text.Json;
using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Tests.Comments;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.RestApi;

/// <summary>
/// WordPress's REST API on a Folio site: WordPress's shapes, parameters and headers, and only
/// what a reader of the site may see.
/// </summary>
public sealed class RestApiTests(CommentSite site) : IClassFixture<CommentSite>
{
    [Fact]
    public async Task Every_page_of_a_site_announces_the_api_and_its_index_lists_the_routes()
    {
        var home = await site.Reader().GetAsync("/");
        Assert.Contains("<http://talk.localhost/wp-json/>; rel=\"https://api.w.org/\"", home.Headers.GetValues("Link"));

        var index = await JsonAsync("/wp-json/");
        Assert.Equal("Talk", index.GetProperty("name").GetString());
        Assert.Contains("wp/v2", index.GetProperty("namespaces").EnumerateArray().Select(n => n.GetString()));
        Assert.True(index.GetProperty("routes").TryGetProperty("/wp/v2/posts/(?P<id>[\\d]+)", out _));
    }

    [Fact]
    public async Task Posts_page_with_wordpress_totals_and_leave_out_drafts_and_other_sites()
    {
        await site.SavePostAsync("talk", new SavePost { AuthorId = site.OwnerId, Title = "Not ready yet", Body = "Secret plans.", Status = PostStatus.Draft });
        var elsewhere = await site.CreateSiteAsync("elsewhere", "Elsewhere");
        await site.SavePostAsync("elsewhere", new SavePost { AuthorId = elsewhere, Title = "Another site's post", Body = "Theirs.", Status = PostStatus.Published });
        foreach (var n in Enumerable.Range(1, 3))
            await site.SavePostAsync("talk", new SavePost { AuthorId = site.OwnerId, Title = $"Paged post {n}", Body = "Words.", Status = PostStatus.Published, PublishedAt = DateTime.UtcNow.AddDays(-10 + n) });

        var response = await site.Reader().GetAsync("/wp-json/wp/v2/posts?per_page=2&page=2&orderby=title&order=asc");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var total = int.Parse(response.Headers.GetValues("X-WP-Total").Single());
        Assert.Equal((int)Math.Ceiling(total / 2.0), int.Parse(response.Headers.GetValues("X-WP-TotalPages").Single()));
        var all = await JsonAsync("/wp-json/wp/v2/posts?per_page=100&orderby=title&order=asc");
        var titles = Titles(all);
        Assert.Equal(total, titles.Count);
        Assert.Equal(titles.Skip(2).Take(2), Titles(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement));
        Assert.Contains("Paged post 3", titles);
        Assert.DoesNotContain("Not ready yet", titles);
        Assert.DoesNotContain("Another site's post", titles);

        var bySlug = await JsonAsync("/wp-json/wp/v2/posts?slug=paged-post-2");
        var post = Assert.Single(bySlug.EnumerateArray());
        Assert.Equal("publish", post.GetProperty("status").GetString());
        Assert.StartsWith("http://talk.localhost/", post.GetProperty("link").GetString());
    }

    [Fact]
    public async Task Comments_show_approved_ones_only_and_never_an_email()
    {
        var held = CommentSite.CommentIdIn(await site.CommentAsGuestAsync(site.Reader(), "Held for now.", name: "Hana", email: "hana-private@example.com"));
        var shown = CommentSite.CommentIdIn(await site.CommentAsGuestAsync(site.Reader(), "Approved words.", name: "Ivo", email: "ivo-private@example.com"));
        await site.ForSiteAsync("talk", s => s.GetRequiredService<ModerateCommentHandler>().HandleAsync([shown], CommentStatus.Approved));

        var raw = await site.Reader().GetStringAsync("/wp-json/wp/v2/comments?per_page=100");
        var ids = JsonDocument.Parse(raw).RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).ToList();
        Assert.Contains(shown, ids);
        Assert.DoesNotContain(held, ids);
        Assert.DoesNotContain("private@example.com", raw);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Reader().GetAsync($"/wp-json/wp/v2/comments/{held}")).StatusCode);
    }

    [Fact]
    public async Task Bad_parameters_get_wordpress_errors_that_name_them()
    {
        var response = await site.Reader().GetAsync("/wp-json/wp/v2/posts?per_page=500");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("rest_invalid_param", error.GetProperty("code").GetString());
        Assert.True(error.GetProperty("data").GetProperty("params").TryGetProperty("per_page", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Reader().GetAsync("/wp-json/wp/v2/posts/999999")).StatusCode);
    }

    private static List<string?> Titles(JsonElement posts) =>
        posts.EnumerateArray().Select(p => p.GetProperty("title").GetProperty("rendered").GetString()).ToList();

    private async Task<JsonElement> JsonAsync(string path) => JsonDocument.Parse(await site.Reader().GetStringAsync(path)).RootElement;
}
