using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Folio.Features.Posts;
using Folio.Tests.Comments;
using Folio.Tests.Media;
using static Folio.Tests.RestApi.SiteApiClients;

namespace Folio.Tests.RestApi;

/// <summary>
/// What WordPress's clients count on besides the routes themselves: a POST that names another
/// method, paging links, WordPress's JSON error for any unknown address, <c>?rest_route=</c>,
/// uploads as apps send them, and cross-origin access from a browser page.
/// </summary>
public sealed class RestClientHabitsTests(CommentSite site) : IClassFixture<CommentSite>
{
    private const string AuthorEmail = "author@talk.example";

    [Theory]
    [InlineData("header")]
    [InlineData("query")]
    public async Task A_post_that_says_delete_deletes_as_wordpress_takes_it(string how)
    {
        var author = await AuthorAsync();
        var post = await BodyAsync(await author.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = $"Soon gone ({how})", content = "<p>Bye.</p>", status = "publish" }));
        var id = post.GetProperty("id").GetInt64();

        using var request = new HttpRequestMessage(HttpMethod.Post, how == "query" ? $"/wp-json/wp/v2/posts/{id}?force=true&_method=DELETE" : $"/wp-json/wp/v2/posts/{id}?force=true");
        if (how == "header") request.Headers.Add("X-HTTP-Method-Override", "DELETE");
        var deleted = await author.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.True((await BodyAsync(deleted)).GetProperty("deleted").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await site.Reader().GetAsync($"/wp-json/wp/v2/posts/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_get_that_says_delete_changes_nothing()
    {
        var author = await AuthorAsync();
        var id = (await BodyAsync(await author.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Still here", status = "publish" }))).GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync($"/wp-json/wp/v2/posts/{id}?force=true&_method=DELETE")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await site.Reader().GetAsync($"/wp-json/wp/v2/posts/{id}")).StatusCode);
    }

    [Fact]
    public async Task Collections_link_their_previous_and_next_pages_with_the_query_kept()
    {
        await site.SavePostAsync("talk", new SavePost { AuthorId = site.OwnerId, Title = "Tagged five ways", Body = "x", Status = PostStatus.Published, Tags = ["a1", "a2", "a3", "a4", "a5"] });

        var middle = await site.Reader().GetAsync("/wp-json/wp/v2/tags?per_page=2&page=2&orderby=id&search=a");
        var first = await site.Reader().GetAsync("/wp-json/wp/v2/tags?per_page=2&orderby=id&search=a");
        var last = await site.Reader().GetAsync("/wp-json/wp/v2/tags?per_page=2&page=3&orderby=id&search=a");

        Assert.Equal("5", middle.Headers.GetValues("X-WP-Total").Single());
        Assert.Equal(["prev: page=1", "next: page=3"], PageLinks(middle));
        Assert.Equal(["next: page=2"], PageLinks(first));
        Assert.Equal(["prev: page=2"], PageLinks(last));
        var next = Links(middle).Single(link => link.Relation == "next").Url;
        Assert.Equal("http://talk.localhost/wp-json/wp/v2/tags", next.GetLeftPart(UriPartial.Path));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(next.Query);
        Assert.Equal(("2", "id", "a"), (query["per_page"].ToString(), query["orderby"].ToString(), query["search"].ToString()));
    }

    [Theory]
    [InlineData("GET", "/wp-json/wp/v2/no-such-thing")]
    [InlineData("GET", "/wp-json/wp/v2/posts/not-a-number")]
    [InlineData("GET", "/wp-json/wp/v2/widgets")]
    [InlineData("DELETE", "/wp-json/wp/v2/tags")]
    [InlineData("PUT", "/wp-json/wp/v2/categories/1")]
    public async Task Any_other_address_or_method_under_the_api_gets_wordpress_json_error(string method, string path)
    {
        var response = await site.Reader().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = await BodyAsync(response);
        Assert.Equal("rest_no_route", error.GetProperty("code").GetString());
        Assert.Equal("No route was found matching the URL and request method.", error.GetProperty("message").GetString());
        Assert.Equal(404, error.GetProperty("data").GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_rest_route_parameter_reaches_the_same_routes_as_wp_json()
    {
        var pretty = await site.Reader().GetAsync("/wp-json/wp/v2/posts?per_page=1&orderby=id&order=asc");
        var plain = await site.Reader().GetAsync("/?rest_route=/wp/v2/posts&per_page=1&orderby=id&order=asc");

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(await pretty.Content.ReadAsStringAsync(), await plain.Content.ReadAsStringAsync());
        Assert.Equal(pretty.Headers.GetValues("X-WP-Total"), plain.Headers.GetValues("X-WP-Total"));
        Assert.Equal("rest_no_route", (await BodyAsync(await site.Reader().GetAsync("/?rest_route=/wp/v2/nowhere"))).GetProperty("code").GetString());
        var throughIndex = await site.Reader().GetAsync("/index.php?rest_route=/wp/v2/posts&per_page=1&orderby=id&order=asc");
        Assert.Equal(await pretty.Content.ReadAsStringAsync(), await throughIndex.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_app_uploads_an_image_as_the_body_named_by_content_disposition()
    {
        var author = await AuthorAsync();
        var body = new ByteArrayContent(TestImages.Png(640, 480));
        body.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        body.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "harbour-at-noon.png" };

        var created = await author.PostAsync("/wp-json/wp/v2/media?alt_text=The%20harbour%20at%20noon", body);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var media = await BodyAsync(created);
        var id = media.GetProperty("id").GetInt64();
        Assert.Equal($"http://talk.localhost/wp-json/wp/v2/media/{id}", created.Headers.Location?.ToString());
        Assert.Equal(("image/png", 640, "The harbour at noon"), (media.GetProperty("mime_type").GetString(), media.GetProperty("media_details").GetProperty("width").GetInt32(), media.GetProperty("alt_text").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await site.Reader().GetAsync(new Uri(media.GetProperty("source_url").GetString()!).AbsolutePath)).StatusCode);
        Assert.Equal("The harbour at noon", (await BodyAsync(await site.Reader().GetAsync($"/wp-json/wp/v2/media/{id}"))).GetProperty("alt_text").GetString());
    }

    [Fact]
    public async Task An_app_uploads_an_image_as_a_form_file()
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(TestImages.Jpeg(300, 200)), "file", "boats.jpg" },
            { new StringContent("Boats in a row"), "alt_text" },
        };

        var created = await (await AuthorAsync()).PostAsync("/wp-json/wp/v2/media", form);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var media = await BodyAsync(created);
        Assert.Equal(("image/jpeg", 300, "Boats in a row"), (media.GetProperty("mime_type").GetString(), media.GetProperty("media_details").GetProperty("width").GetInt32(), media.GetProperty("alt_text").GetString()));
    }

    [Fact]
    public async Task A_refused_upload_says_why_in_wordpress_json_and_saves_nothing()
    {
        var author = await AuthorAsync();
        var before = (await site.Reader().GetAsync("/wp-json/wp/v2/media")).Headers.GetValues("X-WP-Total").Single();
        var text = new StringContent("just words, not a picture");
        text.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "notes.png" };
        var unnamed = new ByteArrayContent(TestImages.Png(10, 10));
        unnamed.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var anonymous = new ByteArrayContent(TestImages.Png(10, 10));
        anonymous.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "a.png" };

        var notAnImage = await author.PostAsync("/wp-json/wp/v2/media", text);
        var noName = await author.PostAsync("/wp-json/wp/v2/media", unnamed);
        var noAccount = await site.Reader().PostAsync("/wp-json/wp/v2/media", anonymous);

        Assert.Equal(HttpStatusCode.BadRequest, notAnImage.StatusCode);
        Assert.Contains("\"notes.png\" is not", (await BodyAsync(notAnImage)).GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Equal("rest_upload_no_content_disposition", (await BodyAsync(noName)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, noAccount.StatusCode);
        Assert.Equal("rest_cannot_create", (await BodyAsync(noAccount)).GetProperty("code").GetString());
        Assert.Equal(before, (await site.Reader().GetAsync("/wp-json/wp/v2/media")).Headers.GetValues("X-WP-Total").Single());
    }

    [Fact]
    public async Task A_refused_upload_is_explained_in_English_on_a_Russian_site_as_the_rest_of_the_api_is()
    {
        var author = await AuthorAsync();
        var text = new StringContent("просто слова, не картинка");
        text.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "notes.png" };
        await site.UpdateSiteAsync("talk", s => s.Language = "ru");
        try
        {
            var notAnImage = await author.PostAsync("/wp-json/wp/v2/media", text);

            Assert.Equal(HttpStatusCode.BadRequest, notAnImage.StatusCode);
            Assert.Contains("\"notes.png\" is not", (await BodyAsync(notAnImage)).GetProperty("message").GetString());
        }
        finally
        {
            await site.UpdateSiteAsync("talk", s => s.Language = "en");
        }
    }

    [Fact]
    public async Task A_page_on_another_origin_may_call_the_api_as_wordpress_allows()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/wp-json/wp/v2/posts");
        preflight.Headers.Add("Origin", "https://app.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");
        using var read = new HttpRequestMessage(HttpMethod.Get, "/wp-json/wp/v2/posts");
        read.Headers.Add("Origin", "https://app.example");

        var allowed = await site.Reader().SendAsync(preflight);
        var answer = await site.Reader().SendAsync(read);

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("https://app.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("DELETE", allowed.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Contains("Authorization", allowed.Headers.GetValues("Access-Control-Allow-Headers").Single());
        Assert.Contains("Content-Disposition", allowed.Headers.GetValues("Access-Control-Allow-Headers").Single());
        Assert.Equal("https://app.example", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("true", answer.Headers.GetValues("Access-Control-Allow-Credentials").Single());
        Assert.Equal("X-WP-Total, X-WP-TotalPages, Link", answer.Headers.GetValues("Access-Control-Expose-Headers").Single());
        Assert.Contains("Origin", answer.Headers.Vary);
        Assert.False((await site.Reader().GetAsync("/")).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_cached_api_answer_names_each_callers_own_origin()
    {
        var embed = $"/wp-json/oembed/1.0/embed?url={Uri.EscapeDataString("http://talk.localhost" + site.PostPath)}";

        var origins = new List<string?>();
        foreach (var origin in new[] { "https://first.example", "https://second.example", null })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, embed);
            if (origin is not null) request.Headers.Add("Origin", origin);
            var response = await site.Reader().SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            origins.Add(response.Headers.TryGetValues("Access-Control-Allow-Origin", out var allowed) ? allowed.Single() : null);
        }

        Assert.Equal(["https://first.example", "https://second.example", null], origins);
    }

    private static IEnumerable<(string Relation, Uri Url)> Links(HttpResponseMessage response) =>
        (response.Headers.TryGetValues("Link", out var values) ? values : [])
        .SelectMany(value => value.Split(", <"))
        .Select(link => link.Split(">; rel=\""))
        .Select(parts => (parts[1].TrimEnd('"'), new Uri(parts[0].TrimStart('<'))));

    /// <summary>The paging links (not the API's own announcement), as "relation: page=N".</summary>
    private static string[] PageLinks(HttpResponseMessage response) =>
        Links(response).Where(link => link.Relation is "prev" or "next")
            .Select(link => $"{link.Relation}: page={Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Url.Query)["page"]}").ToArray();

    private readonly SiteApiClients clients = new(site, CommentSite.Host);

    private Task<HttpClient> AuthorAsync() => clients.ForAsync(AuthorEmail);
}
