using Folio.Features.Comments;
using Folio.Features.Demo;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

public sealed class CommentBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    private async Task<IPage> DemoPostAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.UrlOf("demo.localhost"));
        await page.GetByRole(AriaRole.Link, new() { Name = SeedArticle.Load().Title, Exact = true }).ClickAsync();
        return page;
    }

    [SkippableFact]
    public async Task Guest_leaves_a_reply_sees_it_held_and_then_approved_and_replies_to_it()
    {
        var context = await chromium.Browser.NewContextAsync();
        var page = await DemoPostAsync(context);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Leave a Reply" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Comment" }).FillAsync("A guest's first word.");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("guest@example.com");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync("Gus");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Website" }).FillAsync("https://gus.example");
        await page.GetByLabel("Save my name").CheckAsync();
        await page.GetByLabel("Notify me of new comments via email").CheckAsync();
        await page.EvaluateAsync("window.sameDocument = true");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post Comment" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Your comment is awaiting moderation.")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("window.sameDocument === true"), "The comment should post in place, without loading a new page.");
        Assert.Empty(await page.SeriousViolationsAsync());
        await app.WaitForMailAsync("guest@example.com", "Confirm: new comments on");

        var id = long.Parse(new Uri(page.Url).Fragment.Replace("#comment-", ""));
        await app.ForSiteAsync("demo", s => s.GetRequiredService<ModerateCommentHandler>().HandleAsync([id], CommentStatus.Approved));

        var later = await DemoPostAsync(context);
        var comment = later.Locator($"#comment-{id}");
        await Assertions.Expect(comment.GetByRole(AriaRole.Link, new() { Name = "Gus", Exact = true })).ToHaveAttributeAsync("rel", "ugc nofollow noopener");
        await comment.GetByRole(AriaRole.Link, new() { Name = "Reply to Gus" }).ClickAsync();
        // The form moves under the comment, without a reload.
        await Assertions.Expect(comment.GetByRole(AriaRole.Heading, new() { Name = "Leave a Reply to Gus" })).ToBeVisibleAsync();
        // The browser remembered the guest (with consent), though the page came from the cache.
        await Assertions.Expect(later.GetByRole(AriaRole.Textbox, new() { Name = "Email" })).ToHaveValueAsync("guest@example.com");
        await later.GetByRole(AriaRole.Textbox, new() { Name = "Comment" }).FillAsync("Answering myself, now trusted.");
        await later.GetByRole(AriaRole.Button, new() { Name = "Post Comment" }).ClickAsync();

        await Assertions.Expect(later.Locator($"#comment-{id} .children .comment-content")).ToHaveTextAsync("Answering myself, now trusted.");
    }

    [SkippableFact]
    public async Task A_refused_comment_comes_back_in_place_with_the_reason_and_the_text()
    {
        var context = await chromium.Browser.NewContextAsync();
        var page = await DemoPostAsync(context);
        async Task PostAsync()
        {
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Comment" }).FillAsync("Saying it twice.");
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("echo@example.com");
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync("Echo");
            await page.GetByRole(AriaRole.Button, new() { Name = "Post Comment" }).ClickAsync();
        }

        await PostAsync();
        await Assertions.Expect(page.GetByText("Your comment is awaiting moderation.")).ToBeVisibleAsync();
        await PostAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(Folio.Tests.Comments.CommentRefusalTexts.Duplicate);
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Comment" })).ToHaveValueAsync("Saying it twice.");
    }

    [SkippableFact]
    public async Task Without_JavaScript_a_guest_posts_and_replies_through_plain_pages()
    {
        var context = await chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await DemoPostAsync(context);

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Comment" }).FillAsync("Posted the old way.");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("plain@example.com");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync("Plain");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post Comment" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Your comment is awaiting moderation.")).ToBeVisibleAsync();
        Assert.Contains("?held=", page.Url);
        var id = long.Parse(new Uri(page.Url).Fragment.Replace("#comment-", ""));
        await app.ForSiteAsync("demo", s => s.GetRequiredService<ModerateCommentHandler>().HandleAsync([id], CommentStatus.Approved));

        var later = await DemoPostAsync(context);
        await later.Locator($"#comment-{id}").GetByRole(AriaRole.Link, new() { Name = "Reply to Plain" }).ClickAsync();
        await Assertions.Expect(later).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"replytocom={id}"));
        await Assertions.Expect(later.GetByRole(AriaRole.Heading, new() { Name = "Leave a Reply to Plain" })).ToBeVisibleAsync();
        await later.GetByRole(AriaRole.Textbox, new() { Name = "Comment" }).FillAsync("And a plain reply.");
        await later.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("plain@example.com");
        await later.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync("Plain");
        await later.GetByRole(AriaRole.Button, new() { Name = "Post Comment" }).ClickAsync();

        await Assertions.Expect(later.Locator($"#comment-{id} .children .comment-content")).ToHaveTextAsync("And a plain reply.");
    }
}
