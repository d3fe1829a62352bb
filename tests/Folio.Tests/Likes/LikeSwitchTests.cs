using System.Net;
using Folio.Features.Likes;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Likes;

public sealed class LikeSwitchTests(LikeSite site) : IClassFixture<LikeSite>
{
    [Fact]
    public async Task An_administrator_switches_likes_off_for_the_whole_site_in_the_settings()
    {
        var owner = await site.CreateSiteAsync("quiet", "Quiet");
        var (postId, path) = await site.NewPostAsync("Quiet post", "quiet");
        var admin = await site.SignedInClientAsync("quiet.localhost", "owner-of-quiet@example.com");
        Assert.NotNull((await site.ClientFor("quiet.localhost").GetDocumentAsync(path)).QuerySelector("#likes"));
        Assert.NotNull((await admin.GetDocumentAsync("/admin/settings/")).QuerySelector("input#likes-enabled[checked]"));

        var saved = await admin.PostFormAsync("/admin/settings/", new()
        {
            ["customDomain"] = "", ["postsPerPage"] = "10", ["commentModeration"] = "HoldFirstTime", ["commentThreadDepth"] = "5", ["commentLinkLimit"] = "2",
            ["likesEnabled"] = "false",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Null((await admin.GetDocumentAsync("/admin/settings/")).QuerySelector("input#likes-enabled[checked]"));
        Assert.Null((await site.ClientFor("quiet.localhost").GetDocumentAsync(path)).QuerySelector("#likes")); // the cached page was evicted
        Assert.Equal(LikeOutcome.NotLikeable, await site.LikeAsync(postId, owner, "quiet"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/likes/{postId}.json")).StatusCode);
        Assert.Equal(0, await site.LikeCountAsync(postId, "quiet"));
    }

    [Fact]
    public async Task An_author_switches_likes_off_for_one_post_in_the_editor()
    {
        var (postId, path) = await site.NewPostAsync("Not for liking");
        var (otherId, otherPath) = await site.NewPostAsync("Still likeable");
        var owner = await site.SignedInClientAsync(LikeSite.Host, LikeSite.OwnerEmail);
        var editor = $"/admin/posts/{postId}/";
        Assert.NotNull((await owner.GetDocumentAsync(editor)).QuerySelector("input#likes[checked]"));

        await owner.PostFormAsync(editor, new()
        {
            ["Input.Title"] = "Not for liking", ["Input.Body"] = "Worth a like.", ["Input.BodyFormat"] = "Markdown", ["Input.LikesOpen"] = "false", ["action"] = "Publish",
        });

        Assert.Null((await owner.GetDocumentAsync(editor)).QuerySelector("input#likes[checked]"));
        Assert.Null((await site.Reader().GetDocumentAsync(path)).QuerySelector("#likes"));
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/likes/{postId}/")).StatusCode);
        Assert.Equal(LikeOutcome.NotLikeable, await site.LikeAsync(postId, site.OwnerId));
        Assert.NotNull((await site.Reader().GetDocumentAsync(otherPath)).QuerySelector("#likes"));
        Assert.Equal(LikeOutcome.Liked, await site.LikeAsync(otherId, site.OwnerId));
    }
}
