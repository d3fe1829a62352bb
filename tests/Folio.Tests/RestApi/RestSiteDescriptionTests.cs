using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Folio.Features.Posts;
using Folio.Tests.Comments;
using Folio.Tests.Infrastructure;
using static Folio.Tests.RestApi.SiteApiClients;

namespace Folio.Tests.RestApi;

/// <summary>
/// What WordPress's clients read about a site before they work on it: its kinds of content,
/// taxonomies and statuses, its settings (its administrators'), who the caller is and may be,
/// and answers trimmed to the fields they ask for.
/// </summary>
public sealed class RestSiteDescriptionTests(CommentSite site) : IClassFixture<CommentSite>
{
    private const string OwnerEmail = "owner-of-talk@example.com";
    private const string AuthorEmail = "author@talk.example";

    [Fact]
    public async Task Types_taxonomies_and_statuses_describe_folio_content_as_wordpress_does()
    {
        var types = await JsonAsync(site.Reader(), "/wp-json/wp/v2/types");
        var post = await JsonAsync(site.Reader(), "/wp-json/wp/v2/types/post");
        var postTaxonomies = await JsonAsync(site.Reader(), "/wp-json/wp/v2/taxonomies?type=post");
        var tags = await JsonAsync(site.Reader(), "/wp-json/wp/v2/taxonomies/post_tag");
        var publicStatuses = await JsonAsync(site.Reader(), "/wp-json/wp/v2/statuses");
        var writerStatuses = await JsonAsync(await ClientAsync(AuthorEmail), "/wp-json/wp/v2/statuses");

        Assert.Equal(["post", "page", "attachment"], Names(types));
        Assert.Equal(("posts", "wp/v2"), (post.GetProperty("rest_base").GetString(), post.GetProperty("rest_namespace").GetString()));
        Assert.Equal(["category", "post_tag"], post.GetProperty("taxonomies").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["category", "post_tag"], Names(postTaxonomies));
        Assert.Equal(("tags", "post"), (tags.GetProperty("rest_base").GetString(), tags.GetProperty("types")[0].GetString()));
        Assert.Equal(["publish"], Names(publicStatuses));
        Assert.Equal(["publish", "future", "draft", "pending"], Names(writerStatuses));
        Assert.Empty(Names(await JsonAsync(site.Reader(), "/wp-json/wp/v2/taxonomies?type=page")));
        Assert.Equal("rest_type_invalid", await ErrorCodeAsync(site.Reader(), "/wp-json/wp/v2/types/product", HttpStatusCode.NotFound));
        Assert.Equal("rest_taxonomy_invalid", await ErrorCodeAsync(site.Reader(), "/wp-json/wp/v2/taxonomies/genre", HttpStatusCode.NotFound));
        Assert.Equal("rest_cannot_read_status", await ErrorCodeAsync(site.Reader(), "/wp-json/wp/v2/statuses/draft", HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task The_sites_administrator_reads_and_changes_its_settings_and_readers_see_them()
    {
        var owner = await ClientAsync(OwnerEmail);
        Assert.Equal("Talk", (await JsonAsync(owner, "/wp-json/wp/v2/settings")).GetProperty("title").GetString());

        var refused = await owner.PostAsJsonAsync("/wp-json/wp/v2/settings", new { title = "Never saved", posts_per_page = 500 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("between 1 and 50", (await BodyAsync(refused)).GetProperty("message").GetString());
        Assert.Equal("Talk", (await JsonAsync(owner, "/wp-json/wp/v2/settings")).GetProperty("title").GetString());

        var changed = await owner.PostAsJsonAsync("/wp-json/wp/v2/settings", new { title = "Talk of the Town", description = "Who said what", timezone = "Europe/Paris", posts_per_page = 7 });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var settings = await BodyAsync(changed);
        Assert.Equal(("Talk of the Town", "Who said what", "Europe/Paris", 7),
            (settings.GetProperty("title").GetString(), settings.GetProperty("description").GetString(), settings.GetProperty("timezone").GetString(), settings.GetProperty("posts_per_page").GetInt32()));
        var home = await site.Reader().GetDocumentAsync("/");
        Assert.Contains("Talk of the Town", home.Title);
        var index = await JsonAsync(site.Reader(), "/wp-json/");
        Assert.Equal(("Talk of the Town", "Europe/Paris"), (index.GetProperty("name").GetString(), index.GetProperty("timezone_string").GetString()));
        Assert.Contains(index.GetProperty("gmt_offset").GetDouble(), new[] { 1.0, 2.0 });
        Assert.Equal("rest_forbidden", await ErrorCodeAsync(await ClientAsync(AuthorEmail), "/wp-json/wp/v2/settings", HttpStatusCode.Forbidden));
        Assert.Equal("rest_forbidden", await ErrorCodeAsync(site.Reader(), "/wp-json/wp/v2/settings", HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task Users_me_in_the_edit_context_gives_the_callers_role_and_capabilities_on_this_site()
    {
        var author = await ClientAsync(AuthorEmail);

        var me = await JsonAsync(author, "/wp-json/wp/v2/users/me?context=edit");
        var plain = await JsonAsync(author, "/wp-json/wp/v2/users/me");

        Assert.Equal(["author"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(AuthorEmail, me.GetProperty("email").GetString());
        var capabilities = me.GetProperty("capabilities");
        Assert.True(capabilities.GetProperty("upload_files").GetBoolean());
        Assert.True(capabilities.GetProperty("publish_posts").GetBoolean());
        Assert.False(capabilities.TryGetProperty("edit_others_posts", out _));
        Assert.False(capabilities.TryGetProperty("manage_options", out _));
        Assert.True((await JsonAsync(await ClientAsync(OwnerEmail), "/wp-json/wp/v2/users/me?context=edit")).GetProperty("capabilities").GetProperty("manage_options").GetBoolean());
        Assert.False(plain.TryGetProperty("email", out _));
        Assert.False(plain.TryGetProperty("roles", out _));
    }

    [Fact]
    public async Task Fields_trims_each_answer_to_the_fields_asked_for()
    {
        var list = await JsonAsync(site.Reader(), "/wp-json/wp/v2/posts?_fields=id,title.rendered");
        var id = list[0].GetProperty("id").GetInt64();
        var one = await JsonAsync(site.Reader(), $"/wp-json/wp/v2/posts/{id}?_fields[]=slug&_fields[]=content.protected");

        Assert.All(list.EnumerateArray(), post =>
        {
            Assert.Equal(["id", "title"], post.EnumerateObject().Select(p => p.Name));
            Assert.Equal(["rendered"], post.GetProperty("title").EnumerateObject().Select(p => p.Name));
        });
        Assert.Equal(["slug", "content"], one.EnumerateObject().Select(p => p.Name));
        Assert.False(one.GetProperty("content").GetProperty("protected").GetBoolean());
        Assert.Equal("rest_post_invalid_id", await ErrorCodeAsync(site.Reader(), "/wp-json/wp/v2/posts/999999?_fields=id", HttpStatusCode.NotFound));

        var created = await (await ClientAsync(AuthorEmail)).PostAsJsonAsync("/wp-json/wp/v2/posts?_fields=id", new { title = "Trimmed answer", status = "publish" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var createdId = Assert.Single((await BodyAsync(created)).EnumerateObject()).Value.GetInt64();
        Assert.Equal($"http://talk.localhost/wp-json/wp/v2/posts/{createdId}", created.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Pages_say_they_stand_at_the_top_in_no_set_order()
    {
        await site.SavePostAsync("talk", new SavePost { AuthorId = site.OwnerId, Kind = PostKind.Page, Title = "About us", Body = "We talk.", Status = PostStatus.Published });

        var page = (await JsonAsync(site.Reader(), "/wp-json/wp/v2/pages?slug=about-us"))[0];

        Assert.Equal((0, 0), (page.GetProperty("parent").GetInt64(), page.GetProperty("menu_order").GetInt32()));
    }

    private static string[] Names(JsonElement objectOfItems) => objectOfItems.EnumerateObject().Select(p => p.Name).ToArray();

    private static async Task<string?> ErrorCodeAsync(HttpClient client, string path, HttpStatusCode status)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        return (await BodyAsync(response)).GetProperty("code").GetString();
    }

    private readonly SiteApiClients clients = new(site, CommentSite.Host);

    private Task<HttpClient> ClientAsync(string email) => clients.ForAsync(email);
}
