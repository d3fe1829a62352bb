using System.Net;
using System.Text;
using Folio.Features.Follows;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Tests.Sites;

/// <summary>
/// A private site shows strangers (anonymous, or logged in without being a member) nothing through
/// any address; a coming-soon site shows them its holding page; members read both as they are; and
/// neither appears in the platform's list of sites or a stranger's Reader.
/// </summary>
public sealed class SiteVisibilityTests(SiteVisibilityTests.Sites sites) : IClassFixture<SiteVisibilityTests.Sites>
{
    private const string PostTitle = "Okapi midnight ledger";
    private const string PostText = "The striped okapi keeps its accounts at night.";
    private const string PageTitle = "Okapi burrow directions";
    private const string CategoryName = "Okapi Matters";
    private const string SoonTitle = "Wombat preview notes";

    /// <summary>What no answer to a stranger may contain: every word the private site has published.</summary>
    private static readonly string[] Secrets = [PostTitle, PostText, PageTitle, CategoryName, "okapi-tag-word"];

    public sealed class Sites : FolioApp, IAsyncLifetime
    {
        public string PostPath { get; private set; } = "";
        public string PagePath { get; private set; } = "";
        public long PostId { get; private set; }
        public string SoonPostPath { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var owner = await CreateSiteAsync("hidden", "Hidden Garden");
            PostPath = await SavePostAsync("hidden", new SavePost
            {
                AuthorId = owner, Title = PostTitle, Body = PostText, Status = PostStatus.Published,
                Categories = [CategoryName], Tags = ["okapi-tag-word"],
            });
            PagePath = await SavePostAsync("hidden", new SavePost { AuthorId = owner, Kind = PostKind.Page, Title = PageTitle, Body = PostText, Status = PostStatus.Published });
            PostId = await QuerySiteAsync("hidden", db => db.Posts.Where(p => p.Title == PostTitle).Select(p => p.Id).SingleAsync());
            await AddMemberAsync("hidden", "hidden-member@example.com", SiteRole.Contributor);
            await AddMemberAsync("hidden", "hidden-editor@example.com", SiteRole.Editor);
            var stranger = await NewReaderAsync("stranger@example.com");
            // The stranger followed the site while it was public.
            await QuerySiteAsync("hidden", db =>
            {
                db.Followers.Add(new Follower { AccountId = stranger, Delivery = FollowDelivery.Instant, Token = "stranger-follow", CreatedAt = DateTime.UtcNow, ConfirmedAt = DateTime.UtcNow });
                return db.SaveChangesAsync();
            });
            await UpdateSiteAsync("hidden", site => site.Visibility = SiteVisibility.Private);

            var soonOwner = await CreateSiteAsync("soon", "Soon Meadow");
            await UpdateSiteAsync("soon", site => site.Tagline = "Grass and patience");
            SoonPostPath = await SavePostAsync("soon", new SavePost { AuthorId = soonOwner, Title = SoonTitle, Body = "Wombats dig.", Status = PostStatus.Published });
            await AddMemberAsync("soon", "soon-member@example.com", SiteRole.Author);
            await UpdateSiteAsync("soon", site => site.Visibility = SiteVisibility.ComingSoon);

            await CreateSiteAsync("open", "Open Field");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    /// <summary>Every kind of address a site answers, reading.</summary>
    public static TheoryData<string> Addresses() =>
    [
        "{post}", "{page}", "/", "/page/2/", "/category/okapi-matters/", "/tag/okapi-tag-word/", "/?s=okapi", "{year}",
        "/feed/", "/feed/atom/", "/feed/json/", "/comments/feed/", "{post}feed/", "/category/okapi-matters/feed/", "{post}embed/",
        "/sitemap.xml", "/wp-sitemap.xml", "/?p={id}", "/?page_id={id}", "/archives/{id}/",
        "/wp-json/", "/wp-json/wp/v2/posts", "/wp-json/wp/v2/pages", "/wp-json/wp/v2/posts/{id}", "/wp-json/wp/v2/search?search=okapi",
        "/wp-json/wp/v2/categories", "/wp-json/wp/v2/tags", "/wp-json/wp/v2/comments", "/wp-json/wp/v2/users", "/?rest_route=/wp/v2/posts",
        "/wp-json/oembed/1.0/embed?url=http%3A%2F%2Fhidden.localhost{post}", "/likes/{id}.json", "/media/1/anything.png", "/no-such-page/",
    ];

    private string Resolve(string address) => address
        .Replace("{post}", sites.PostPath).Replace("{page}", sites.PagePath).Replace("{id}", sites.PostId.ToString())
        .Replace("{year}", sites.PostPath[..6]);

    private static async Task<string> EverythingOfAsync(HttpResponseMessage response)
    {
        var text = new StringBuilder(await response.Content.ReadAsStringAsync());
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            if (name != "Location") text.Append($"\n{name}: {string.Join(", ", values)}");
        return text.ToString();
    }

    private static void AssertNothingOfTheSite(string answer, string address)
    {
        foreach (var secret in Secrets)
            Assert.False(answer.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{address} showed a stranger “{secret}”:\n{answer}");
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task An_anonymous_reader_is_sent_to_log_in_and_reads_nothing(string address)
    {
        var path = Resolve(address);
        var response = await sites.ClientFor("hidden.localhost").GetAsync(path);

        AssertNothingOfTheSite(await EverythingOfAsync(response), path);
        if (path.Contains("wp-json") || path.Contains("rest_route"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            return;
        }
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login/platform/?returnUrl=", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task A_logged_in_stranger_is_told_the_site_is_private_and_reads_nothing(string address)
    {
        var path = Resolve(address);
        var client = await sites.SignedInClientAsync("hidden.localhost", "stranger@example.com");
        var response = await client.GetAsync(path);

        var answer = await EverythingOfAsync(response);
        AssertNothingOfTheSite(answer, path);
        // The REST API takes no cookie: to it, the stranger is anonymous.
        if (path.Contains("wp-json") || path.Contains("rest_route"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            return;
        }
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("This site is private", answer);
        Assert.Contains("Only its members and invited readers can read it", answer);
    }

    [Fact]
    public async Task Forms_and_writes_from_strangers_are_refused()
    {
        var anonymous = sites.ClientFor("hidden.localhost");
        var like = await anonymous.PostAsync($"/likes/{sites.PostId}.json", new StringContent(""));
        Assert.Equal(HttpStatusCode.Forbidden, like.StatusCode);
        var comment = await anonymous.PostAsync("/wp-json/wp/v2/comments", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["post"] = sites.PostId.ToString(), ["content"] = "Hello", ["author_name"] = "Guest", ["author_email"] = "guest@example.com",
        }));
        Assert.Equal(HttpStatusCode.Unauthorized, comment.StatusCode);
        Assert.Equal(0, await sites.QuerySiteAsync("hidden", db => db.Comments.CountAsync()));
    }

    [Fact]
    public async Task Xml_rpc_gives_a_stranger_with_an_account_nothing()
    {
        var call = $"""
            <?xml version="1.0"?>
            <methodCall><methodName>wp.getPosts</methodName><params>
            <param><value><int>1</int></value></param>
            <param><value><string>stranger@example.com</string></value></param>
            <param><value><string>{FolioApp.MemberPassword}</string></value></param>
            </params></methodCall>
            """;
        var response = await sites.ClientFor("hidden.localhost").PostAsync("/xmlrpc.php", new StringContent(call, Encoding.UTF8, "text/xml"));
        var answer = await EverythingOfAsync(response);
        AssertNothingOfTheSite(answer, "/xmlrpc.php");
        Assert.Contains("faultCode", answer);
    }

    [Fact]
    public async Task Robots_keep_every_crawler_out_and_the_login_page_names_nothing_of_the_site()
    {
        var client = sites.ClientFor("hidden.localhost");
        var robots = await client.GetAsync("/robots.txt");
        Assert.Equal(HttpStatusCode.OK, robots.StatusCode);
        Assert.Equal("User-agent: *\nDisallow: /\n", await robots.Content.ReadAsStringAsync());

        var login = await client.GetAsync("/login/");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        AssertNothingOfTheSite(await EverythingOfAsync(login), "/login/");
    }

    [Theory]
    [InlineData("hidden-member@example.com")]
    [InlineData("hidden-editor@example.com")]
    public async Task A_member_reads_the_private_site(string email)
    {
        var client = await sites.SignedInClientAsync("hidden.localhost", email);
        Assert.Contains(PostTitle, (await client.GetDocumentAsync("/")).PostTitles());
        var post = await client.GetAsync(sites.PostPath);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains(PostText, await post.Content.ReadAsStringAsync());
        Assert.DoesNotContain("public", post.Headers.CacheControl?.ToString() ?? "");
        Assert.Contains(PostTitle, await client.GetStringAsync("/feed/"));
    }

    [Fact]
    public async Task Coming_soon_shows_strangers_the_holding_page_at_every_address()
    {
        foreach (var path in new[] { "/", sites.SoonPostPath, "/feed/", "/?s=wombat" })
        {
            var response = await sites.ClientFor("soon.localhost").GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await Html.ParseAsync(response);
            Assert.Equal("Coming soon", page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Contains("Soon Meadow", page.Body!.TextContent);
            Assert.Contains("Grass and patience", page.Body.TextContent);
            Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
            Assert.Contains("noindex", response.Headers.GetValues("X-Robots-Tag").Single());
            Assert.DoesNotContain(SoonTitle, await EverythingOfAsync(response));
        }
        var api = await sites.ClientFor("soon.localhost").GetAsync("/wp-json/wp/v2/posts");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.DoesNotContain(SoonTitle, await api.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Coming_soon_shows_members_the_site()
    {
        var client = await sites.SignedInClientAsync("soon.localhost", "soon-member@example.com");
        Assert.Contains(SoonTitle, (await client.GetDocumentAsync("/")).PostTitles());
    }

    [Fact]
    public async Task Sites_that_are_not_public_are_not_in_the_platforms_list()
    {
        var landing = await sites.ClientFor("localhost").GetStringAsync("/");
        Assert.Contains("Open Field", landing);
        Assert.DoesNotContain("Hidden Garden", landing);
        Assert.DoesNotContain("Soon Meadow", landing);
    }

    [Fact]
    public async Task A_stranger_who_followed_the_site_sees_none_of_its_posts_in_the_Reader()
    {
        var client = await sites.SignedInClientAsync("localhost", "stranger@example.com");
        var reader = await client.GetAsync("/reader/");
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        AssertNothingOfTheSite(await reader.Content.ReadAsStringAsync(), "/reader/");
    }

    [Fact]
    public async Task A_non_administrator_cannot_change_the_visibility()
    {
        var editor = await sites.SignedInClientAsync("hidden.localhost", "hidden-editor@example.com");
        // The dashboard sends whoever may not see a page to log in as someone who may.
        var page = await editor.GetAsync("/admin/settings/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/login/", page.Headers.Location!.AbsolutePath);
        // A form posted straight, with the editor's own valid token from a page they may see.
        var post = await editor.PostFormAsync("/admin/settings/", new() { ["visibility"] = "Public", ["postsPerPage"] = "10" }, pagePath: sites.PostPath);
        Assert.Equal("/login/", post.Headers.Location!.AbsolutePath);
        Assert.Equal(SiteVisibility.Private, await sites.QuerySiteAsync("hidden", db => db.Sites.Where(s => s.Slug == "hidden").Select(s => s.Visibility).SingleAsync()));
    }
}
