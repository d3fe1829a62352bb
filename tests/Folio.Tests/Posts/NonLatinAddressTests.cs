using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Comments;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Posts;

/// <summary>
/// Addresses in every script. A browser sends a post's address percent-encoded, and the server
/// hands the application the decoded letters: each page must know itself in either form, and
/// send a reader who arrives in another form (no final slash, another Unicode normalisation, an
/// old date) on to its one address with a single redirect, never round in a loop.
/// </summary>
public sealed class NonLatinAddressTests(CommentSite site) : IClassFixture<CommentSite>
{
    [Theory]
    [InlineData("Новая заметка", "новая-заметка")]
    [InlineData("Նոր գրառում", "նոր-գրառում")]
    [InlineData("Νέα ανάρτηση", "νέα-ανάρτηση")]
    [InlineData("تدوينة جديدة", "تدوينة-جديدة")]
    [InlineData("新しいブログ", "新しいブログ")]
    public async Task A_post_titled_in_any_script_opens_at_its_address_and_takes_comments(string title, string slug)
    {
        var path = await PublishAsync(title);
        Assert.EndsWith($"/{slug}/", Uri.UnescapeDataString(path));
        var reader = site.Reader();

        var page = await reader.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(title, (await Html.ParseAsync(page)).QuerySelector("h1")?.TextContent.Trim());

        var comment = await site.CommentAsGuestAsync(reader, "Отличная заметка!", onPath: path);
        Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
        Assert.StartsWith(path, comment.Headers.Location!.OriginalString);
        Assert.Contains("#comment-", comment.Headers.Location.OriginalString);
    }

    [Theory]
    [InlineData("lower-case percent escapes")]
    [InlineData("decomposed letters")]
    [InlineData("no final slash")]
    [InlineData("another date")]
    public async Task A_post_asked_for_in_another_form_answers_or_sends_the_reader_on_once(string form)
    {
        // "й" is "и" with a breve: decomposed (NFD), it is two code points.
        var path = await PublishAsync($"Новый день ({form})");
        var other = form switch
        {
            "lower-case percent escapes" => Regex.Replace(path, "%[0-9A-F]{2}", escape => escape.Value.ToLowerInvariant()),
            "decomposed letters" => string.Join('/', path.Split('/').Select(segment => Uri.EscapeDataString(Uri.UnescapeDataString(segment).Normalize(NormalizationForm.FormD)))),
            "no final slash" => path.TrimEnd('/'),
            _ => "/2001/01/01/" + path.TrimEnd('/').Split('/')[^1] + "/",
        };

        var (page, redirects) = await OpenAsync(site.Reader(), other, path);

        Assert.True(redirects <= 1, $"The address with {form} was redirected {redirects} times.");
        Assert.Equal($"Новый день ({form})", (await Html.ParseAsync(page)).QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Sending_a_path_on_to_its_own_Unicode_form_never_leads_off_the_site()
    {
        var decomposed = Uri.EscapeDataString("й".Normalize(NormalizationForm.FormD));

        var response = await site.Reader().SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri($"http://{CommentSite.Host}//evil.example/{decomposed}/")));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/evil.example/%D0%B9/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_comment_posted_to_another_form_of_the_address_is_kept_not_turned_into_a_visit()
    {
        var path = await PublishAsync("Заметка без косой черты");
        var reader = site.Reader();

        var response = await site.CommentAsGuestAsync(reader, "Успел!", onPath: path.TrimEnd('/'));

        // A 301 or 302 would make the browser fetch the page instead, and the comment would be lost.
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal($"{path}?handler=Comment", response.Headers.Location!.OriginalString);
        var kept = await site.CommentAsGuestAsync(reader, "Успел!", onPath: path);
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
    }

    [Fact]
    public async Task Pages_archives_feeds_and_old_links_in_any_script_open()
    {
        var postPath = await PublishAsync("Последние известия", categories: ["Мир", "Новости"], tags: ["Հայաստան"]);
        var slug = Uri.UnescapeDataString(postPath.TrimEnd('/').Split('/')[^1]);
        var pagePath = await site.SavePostAsync("talk", new SavePost
        {
            AuthorId = site.OwnerId, Kind = PostKind.Page, Title = "О нас", Body = "Кто мы.", Status = PostStatus.Published,
        });
        Assert.Equal("/о-нас/", Uri.UnescapeDataString(pagePath));
        var reader = site.Reader();

        foreach (var path in new[] { pagePath, PostPaths.Category("новости"), PostPaths.Tag("հայաստան"), $"{postPath}feed/" })
        {
            var (response, redirects) = await OpenAsync(reader, path, path);
            Assert.True(redirects == 0, $"{Uri.UnescapeDataString(path)} was redirected.");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Contains("Кто мы.", (await reader.GetDocumentAsync(pagePath)).Body!.TextContent);
        Assert.Contains("Последние известия", (await reader.GetDocumentAsync(PostPaths.Tag("հայաստան"))).PostTitles());

        // WordPress's other shapes of the same addresses lead to them with one redirect.
        var published = postPath.Split('/');
        foreach (var old in new[] { $"/{published[1]}/{published[2]}/{slug}/", $"/{slug}/", "/category/мир/новости/" })
        {
            var (response, redirects) = await OpenAsync(reader, old, old.StartsWith("/category/") ? PostPaths.Category("новости") : postPath);
            Assert.True(redirects == 1, $"{old} was redirected {redirects} times.");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_protected_post_in_any_script_opens_with_its_password()
    {
        var path = await PublishAsync("Закрытая заметка", password: "пароль");
        var reader = site.Reader();

        var opened = await reader.PostAsync($"{path}?handler=Password", new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = "пароль" }));

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(path, opened.Headers.Location!.OriginalString);
        Assert.Contains(opened.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(PostPasswordCookie.Name));
    }

    [Theory]
    [InlineData("🎉🎉🎉")]
    [InlineData("???")]
    [InlineData("\u200D\u200F")]
    public async Task A_title_with_nothing_a_slug_keeps_gives_the_post_its_number_for_an_address(string title)
    {
        var path = await PublishAsync(title);

        var id = await site.QuerySiteAsync("talk", db => db.Posts.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());
        Assert.EndsWith($"/{id}/", path);
        Assert.Equal(HttpStatusCode.OK, (await site.Reader().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_page_with_nothing_a_slug_keeps_is_numbered_apart_from_the_year_archives()
    {
        var path = await site.SavePostAsync("talk", new SavePost { AuthorId = site.OwnerId, Kind = PostKind.Page, Title = "🎉", Body = "Праздник.", Status = PostStatus.Published });

        var id = await site.QuerySiteAsync("talk", db => db.Posts.Where(p => p.Title == "🎉" && p.Kind == PostKind.Page).Select(p => p.Id).SingleAsync());
        Assert.Equal($"/page-{id}/", path);
        Assert.Contains("Праздник.", (await site.Reader().GetDocumentAsync(path)).QuerySelector("article")!.TextContent);
        var year = await site.ForSiteAsync("talk", services => services.GetRequiredService<SavePostHandler>().HandleAsync(new SavePost
        {
            AuthorId = site.OwnerId, Kind = PostKind.Page, Title = "Twenty twenty-four", Slug = "2024", Status = PostStatus.Published,
        }));
        Assert.Equal(["A page cannot live at /2024/: the site uses that address itself. Choose another slug."], year.Errors);
    }

    private Task<string> PublishAsync(string title, IReadOnlyList<string>? categories = null, IReadOnlyList<string>? tags = null, string? password = null) =>
        site.SavePostAsync("talk", new SavePost
        {
            AuthorId = site.OwnerId, Title = title, Body = "Слова заметки.", Status = PostStatus.Published,
            Categories = categories ?? [], Tags = tags ?? [], Password = password,
        });

    /// <summary>
    /// Opens the address as a browser does, following redirects, and stops after three (a browser
    /// goes on to twenty, then gives up with ERR_TOO_MANY_REDIRECTS). Every redirect must lead
    /// straight to <paramref name="canonical"/>.
    /// </summary>
    private static async Task<(HttpResponseMessage Page, int Redirects)> OpenAsync(HttpClient client, string path, string canonical)
    {
        var response = await client.GetAsync(path);
        var redirects = 0;
        while (response.StatusCode == HttpStatusCode.MovedPermanently && redirects < 3)
        {
            redirects++;
            Assert.Equal(canonical, response.Headers.Location!.OriginalString);
            response = await client.GetAsync(response.Headers.Location);
        }
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{Uri.UnescapeDataString(path)} answered {(int)response.StatusCode} after {redirects} redirects.");
        return (response, redirects);
    }
}
