using System.Net;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Comments;

/// <summary>The moderation queue's "Edit" and "Approve and Reply", as a moderator uses them.</summary>
public sealed class ModerationQueueTests(CommentSite site) : IClassFixture<CommentSite>
{
    [Fact]
    public async Task A_moderator_corrects_a_guests_comment_and_the_page_shows_the_correction()
    {
        var held = await site.CommentAsGuestAsync(site.Reader(), "Teh typo.", name: "Tyler", email: "tyler@example.com", url: "https://tyler.example");
        var id = CommentSite.CommentIdIn(held);
        var moderator = await site.SignedInClientAsync(CommentSite.Host, "moderator@talk.example");

        var edited = await moderator.PostFormAsync("/admin/comments/?handler=Edit", new()
        {
            ["id"] = id.ToString(), ["body"] = "The **typo**, fixed.", ["name"] = "Tyler T.", ["email"] = "tyler@example.com", ["url"] = "tyler.example/blog",
        }, pagePath: "/admin/comments/");
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var queue = await edited.Content.ReadAsStringAsync();
        Assert.Contains("Comment updated.", queue);
        Assert.Contains("The <strong>typo</strong>, fixed.", queue);

        await moderator.PostFormAsync("/admin/comments/?handler=Set", new() { ["id"] = id.ToString(), ["to"] = "Approved" }, pagePath: "/admin/comments/");
        var comment = (await site.Reader().GetDocumentAsync(site.PostPath)).GetElementById($"comment-{id}")!;
        Assert.Equal("Tyler T.", comment.QuerySelector(".comment-author a")!.TextContent);
        Assert.Equal("https://tyler.example/blog", comment.QuerySelector(".comment-author a")!.GetAttribute("href"));
        Assert.Contains("The typo, fixed.", comment.QuerySelector(".comment-content")!.TextContent);
    }

    [Fact]
    public async Task An_edit_that_breaks_a_rule_is_refused_and_changes_nothing()
    {
        var held = await site.CommentAsGuestAsync(site.Reader(), "Keep me as I am.", name: "Kim", email: "kim@example.com");
        var moderator = await site.SignedInClientAsync(CommentSite.Host, "moderator@talk.example");

        var refused = await moderator.PostFormAsync("/admin/comments/?handler=Edit", new()
        {
            ["id"] = CommentSite.CommentIdIn(held).ToString(), ["body"] = "Changed.", ["name"] = "Kim", ["email"] = "not an address",
        }, pagePath: "/admin/comments/");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var queue = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Keep me as I am.", queue);
        Assert.DoesNotContain("Comment updated.", queue);
    }

    [Fact]
    public async Task Approve_and_reply_publishes_the_held_comment_with_the_moderators_answer_under_it()
    {
        var held = await site.CommentAsGuestAsync(site.Reader(), "Is anyone there?", name: "Quin", email: "quin@example.com");
        var id = CommentSite.CommentIdIn(held);
        var moderator = await site.SignedInClientAsync(CommentSite.Host, "moderator@talk.example");
        var queue = await moderator.GetDocumentAsync("/admin/comments/");
        Assert.NotNull(queue.GetElementById($"comment-{id}")!.QuerySelectorAll("button").FirstOrDefault(b => b.TextContent == "Approve and Reply"));

        var replied = await moderator.PostFormAsync("/admin/comments/?handler=Reply", new()
        {
            ["id"] = id.ToString(), ["postId"] = await PostIdAsync(), ["reply"] = "Yes, we read everything.",
        }, pagePath: "/admin/comments/");
        Assert.Contains("Reply posted.", await replied.Content.ReadAsStringAsync());

        var thread = (await site.Reader().GetDocumentAsync(site.PostPath)).GetElementById($"comment-{id}")!;
        Assert.Contains("Is anyone there?", thread.QuerySelector(":scope > article .comment-content")!.TextContent);
        Assert.Contains("Yes, we read everything.", thread.QuerySelector(".children .comment-content")!.TextContent);
        Assert.Equal("moderator", thread.QuerySelector(".children .comment-author")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_dashboards_menu_counts_the_comments_awaiting_moderation()
    {
        var moderator = await site.SignedInClientAsync(CommentSite.Host, "moderator@talk.example");
        async Task<int> AwaitingAsync()
        {
            var link = (await moderator.GetDocumentAsync("/admin/")).QuerySelectorAll("nav a").Single(a => a.GetAttribute("href") == "/admin/comments/");
            return link.QuerySelector(".count-badge") is { } badge
                ? int.Parse(badge.TextContent.Replace("awaiting moderation", "").Trim(), System.Globalization.CultureInfo.InvariantCulture)
                : 0;
        }
        var before = await AwaitingAsync();

        var held = await site.CommentAsGuestAsync(site.Reader(), "Count me in.", name: "Cal", email: "cal@example.com");
        Assert.Equal(before + 1, await AwaitingAsync());
        await moderator.PostFormAsync("/admin/comments/?handler=Set", new() { ["id"] = CommentSite.CommentIdIn(held).ToString(), ["to"] = "Approved" }, pagePath: "/admin/comments/");
        Assert.Equal(before, await AwaitingAsync());
    }

    private async Task<string> PostIdAsync() =>
        (await site.ForSiteAsync("talk", s => s.GetRequiredService<Folio.Data.FolioDbContext>().Posts.Where(p => p.Title == "Open for discussion").Select(p => p.Id).SingleAsync())).ToString();
}
