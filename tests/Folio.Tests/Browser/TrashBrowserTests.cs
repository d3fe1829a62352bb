using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

public sealed class TrashBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    [SkippableFact]
    public async Task An_author_bins_a_post_from_the_editor_undoes_it_then_deletes_it_for_good()
    {
        var author = await app.CreateSiteAsync("attic", "Attic");
        var path = await app.SavePostAsync("attic", new SavePost { AuthorId = author, Title = "Old news", Body = "Stale words.", Status = PostStatus.Published });
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(app.UrlOf("attic.localhost", "/login/?returnUrl=/admin/"));
        await page.GetByLabel("Email").FillAsync("owner-of-attic@example.com");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Old news" }).ClickAsync();
        // The title is emptied first: the button leaves the editor's required fields unchecked.
        await page.GetByLabel("Title").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move to Trash" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("“Old news” moved to the Trash.");
        var problems = await page.SeriousViolationsAsync();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        var reader = await chromium.Browser.NewPageAsync();
        Assert.Equal(404, (await reader.GotoAsync(app.UrlOf("attic.localhost", path)))!.Status);

        await page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Post restored from the Trash as a draft.");
        await Assertions.Expect(page.GetByLabel("Title")).ToHaveValueAsync("Old news");

        await page.GetByRole(AriaRole.Button, new() { Name = "Move to Trash" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Trash (1)" }).ClickAsync();
        await page.SaveScreenshotAsync("trash");
        problems = await page.SeriousViolationsAsync();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete permanently “Old news”" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The post was deleted permanently.");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Old news" })).ToHaveCountAsync(0);
    }
}
