using System.Net;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.WordPress;

/// <summary>
/// The addresses a site had on WordPress, beyond its permalinks, answer 301 with Folio's in one
/// hop: other permalink structures, child pages, each post's feed, numeric archives, and the
/// WordPress places people and programs still visit; Folio's own areas are never taken for them.
/// </summary>
public sealed class OldLinkTests(OldLinkTests.MovedIn site) : IClassFixture<OldLinkTests.MovedIn>
{
    /// <summary>A site that moved in from WordPress (the sample export), with a Greek page of its own.</summary>
    public sealed class MovedIn : IAsyncLifetime
    {
        public WordPressApp App { get; } = new();

        public async Task InitializeAsync()
        {
            var owner = await App.CreateSiteAsync("movedin", "Moved In");
            await App.ImportAsync("movedin", owner, App.SampleFile());
            await App.SavePostAsync("movedin", new SavePost { AuthorId = owner, Kind = PostKind.Page, Title = "Επίπεδο 3", Body = "Τρίτο.", Status = PostStatus.Published });
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    private HttpClient Reader => site.App.ClientFor("movedin.localhost");

    [Theory]
    [InlineData("/archives/11", "/2020/01/15/harbour-plan-approved/")]
    [InlineData("/archives/11/", "/2020/01/15/harbour-plan-approved/")]
    [InlineData("/news/harbour-plan-approved/", "/2020/01/15/harbour-plan-approved/")]
    [InlineData("/blog/2020/harbour-plan-approved/", "/2020/01/15/harbour-plan-approved/")]
    [InlineData("/harbour-plan-approved/feed/", "/2020/01/15/harbour-plan-approved/feed/")]
    [InlineData("/news/harbour-plan-approved/feed/", "/2020/01/15/harbour-plan-approved/feed/")]
    [InlineData("/company/about/", "/about/")]
    [InlineData("/2020/harbour-plan-approved/", "/2020/01/15/harbour-plan-approved/")] // /%year%/%postname%/
    [InlineData("/level-1/%CE%B5%CF%80%CE%AF%CF%80%CE%B5%CE%B4%CE%BF-3/", "/%CE%B5%CF%80%CE%AF%CF%80%CE%B5%CE%B4%CE%BF-3/")]
    [InlineData("/wp-login.php", "/login/")]
    [InlineData("/wp-login.php?redirect_to=%2Fadmin%2F", "/login/?returnUrl=%2Fadmin%2F")]
    [InlineData("/wp-admin/", "/admin/")]
    [InlineData("/wp-admin/post.php?post=11&action=edit", "/admin/")]
    [InlineData("/wp-sitemap.xml", "/sitemap.xml")]
    public async Task An_old_address_leads_to_its_new_one_in_one_permanent_redirect(string from, string to)
    {
        var response = await Reader.GetAsync(from);

        Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{from} answered {(int)response.StatusCode}");
        Assert.Equal(to, response.Headers.Location!.OriginalString);
        Assert.True((int)(await Reader.GetAsync(to)).StatusCode < 400, $"{to} is not there"); // the dashboard asks a stranger to log in first
    }

    [Theory]
    [InlineData("/about/feed/")] // Folio keeps no feed of a page's comments
    [InlineData("/archives/999999")]
    [InlineData("/news/unfinished-thoughts/")]
    [InlineData("/media/about/")] // Folio's own areas are never taken for an old address
    [InlineData("/feed/about/")]
    [InlineData("/nothing/here/")]
    [InlineData("/wp-content/uploads/2020/01/lighthouse.png")] // never uploaded there
    [InlineData("/author/carol/")] // no such author in the export
    public async Task An_address_that_names_nothing_public_is_not_found(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Reader.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_form_sent_to_an_old_address_is_not_found_rather_than_redirected()
    {
        var response = await Reader.PostAsync("/news/harbour-plan-approved/", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/wp-content/uploads/2020/01/harbour.png")]
    [InlineData("/wp-content/uploads/2020/01/harbour-300x200.png")] // a size WordPress made of it
    [InlineData("/wp-content/uploads/2020/01/harbour-scaled.png")]
    [InlineData("/2020/01/15/harbour-plan-approved/harbour/")] // its attachment page, under the post it was uploaded to
    [InlineData("/attachment/harbour/")]
    public async Task A_file_under_the_old_uploads_folder_or_its_attachment_page_leads_to_its_imported_copy(string from)
    {
        var response = await Reader.GetAsync(from);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        var copy = await Reader.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, copy.StatusCode);
        Assert.Equal("image/png", copy.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_old_author_archive_leads_to_the_archive_of_the_member_who_writes_their_posts_now()
    {
        // The sample's authors, alice and bob, are written as the importing owner.
        var response = await Reader.GetAsync("/author/alice/");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        var archive = await Reader.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Harbour plan approved", archive.QuerySelectorAll("h2.post-title").Select(h => h.TextContent));
        Assert.EndsWith("/page/2/", (await Reader.GetAsync("/author/bob/page/2/")).Headers.Location!.OriginalString);
    }
}
