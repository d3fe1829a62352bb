using System.Net;
using Folio.Features.Posts;
using Folio.Features.Sharing;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Sharing;

/// <summary>
/// "Share on Mastodon" asks for the reader's server, then sends them to its share page with the
/// post's title and permalink; what names no server is refused with a reason.
/// </summary>
public sealed class MastodonShareTests(FolioApp app) : IClassFixture<FolioApp>
{
    /// <summary>A post on a site of its own; its Mastodon page's path and its own path.</summary>
    private async Task<(string Share, string Path)> PostAsync(string site, string title, PostStatus status = PostStatus.Published)
    {
        var author = await app.CreateSiteAsync(site, site);
        var path = await app.SavePostAsync(site, new SavePost { AuthorId = author, Title = title, Body = "Words.", Status = status });
        var id = await app.QuerySiteAsync(site, db => db.Posts.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());
        return (ShareLinks.MastodonPath(id), path);
    }

    [Theory]
    [InlineData("mastodon.social", "mastodon.social")]
    [InlineData("  Mastodon.Social ", "mastodon.social")]
    [InlineData("https://mastodon.social/", "mastodon.social")]
    [InlineData("@reader@mastodon.social", "mastodon.social")]
    [InlineData("мастодон.рф", "xn--80aiwgdbsi.xn--p1ai")]
    public void A_server_is_read_however_readers_type_it(string typed, string host) => Assert.Equal(host, MastodonInstance.Parse(typed));

    [Theory]
    [InlineData("")]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("mastodon social")]
    [InlineData("https://mastodon.social/@reader")]
    [InlineData("javascript:alert(1)")]
    [InlineData("mastodon.social/share?text=x")]
    public void What_names_no_server_is_refused(string typed) => Assert.Null(MastodonInstance.Parse(typed));

    [Fact]
    public async Task The_reader_is_sent_to_their_servers_share_page_with_the_title_and_permalink()
    {
        var (share, path) = await PostAsync("toots", "Ёлка на площади");
        var client = app.ClientFor("toots.localhost");

        var form = await client.GetDocumentAsync(share);
        Assert.Equal("Share “Ёлка на площади” on Mastodon", form.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(form.QuerySelector("input[name=instance]"));

        var sent = await client.GetAsync(share + "?instance=%40reader%40Mastodon.Social");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"https://mastodon.social/share?text={Uri.EscapeDataString($"Ёлка на площади http://toots.localhost{path}")}", sent.Headers.Location!.OriginalString);

        var refused = await client.GetAsync(share + "?instance=not+a+server");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var again = await Html.ParseAsync(refused);
        Assert.Contains("“not a server” is not the name of a Mastodon server.", again.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("true", again.QuerySelector("input[name=instance]")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task A_draft_or_another_sites_post_cannot_be_shared_from_here()
    {
        var (draft, _) = await PostAsync("toots-drafts", "Not yet", PostStatus.Draft);
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientFor("toots-drafts.localhost").GetAsync(draft)).StatusCode);
        var (open, _) = await PostAsync("toots-open", "Open to all");
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientFor("toots-drafts.localhost").GetAsync(open + "?instance=mastodon.social")).StatusCode);
    }
}
