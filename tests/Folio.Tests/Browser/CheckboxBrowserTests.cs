using Folio.Features.Posts;
using Folio.Features.Themes;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// A checkbox is a small box with its label right beside it, in the comment form of every theme
/// and on the account page, on phones and desktops alike. Screenshots of each form land in
/// <c>screenshots/</c>.
/// </summary>
public sealed class CheckboxBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    public static TheoryData<string, int> ThemesAndWidths
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var theme in ThemeCatalog.All)
            foreach (var width in new[] { 390, 1280 })
                data.Add(theme.Name, width);
            return data;
        }
    }

    [SkippableTheory]
    [MemberData(nameof(ThemesAndWidths))]
    public async Task Comment_form_checkboxes_sit_beside_their_labels(string theme, int width)
    {
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        await page.GotoAsync(app.UrlOf($"boxes-{theme}.localhost", await ThemedPostAsync(theme)));
        var form = page.Locator("#respond");

        var problems = await CheckboxProblemsAsync(form);
        await form.SaveScreenshotAsync($"comment-form-{theme}-{width}");

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [SkippableTheory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Account_page_checkboxes_sit_beside_their_labels(int width)
    {
        await app.NewReaderAsync($"boxes-{width}@example.com");
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        await page.GotoAsync(app.UrlOf("localhost", "/login/?returnUrl=/account/"));
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync($"boxes-{width}@example.com");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        var form = page.Locator("form").Filter(new() { HasText = "Email me when" });

        var problems = await CheckboxProblemsAsync(form);
        await page.SaveScreenshotAsync($"account-{width}");

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// What a person would see wrong with each checkbox in the form: a box wider than a finger
    /// needs, or a label that does not start right after the box on the box's line.
    /// </summary>
    private static async Task<IReadOnlyList<string>> CheckboxProblemsAsync(ILocator form)
    {
        Assert.NotEmpty(await form.Locator("input[type=checkbox]").AllAsync());
        return await form.EvaluateAsync<string[]>("""
            form => [...form.querySelectorAll('input[type=checkbox]')].flatMap(box => {
                const label = form.querySelector(`label[for="${box.id}"]`);
                const b = box.getBoundingClientRect(), l = label.getBoundingClientRect();
                const firstLine = parseFloat(getComputedStyle(label).lineHeight);
                const found = [];
                if (b.width > 24) found.push(`#${box.id} is ${b.width}px wide`);
                if (l.left - b.right < 0 || l.left - b.right > 16) found.push(`the label of #${box.id} starts ${l.left - b.right}px from the box`);
                const middle = (b.top + b.bottom) / 2;
                if (middle < l.top || middle > l.top + firstLine) found.push(`#${box.id} is not on its label's first line`);
                return found;
            })
            """);
    }

    private const string PostTitle = "Tick the boxes";

    /// <summary>A site wearing the theme with one published post (made on first use); returns the post's path.</summary>
    private async Task<string> ThemedPostAsync(string theme)
    {
        var slug = $"boxes-{theme}";
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Folio.Data.FolioDbContext>();
        if (await db.Sites.AnyAsync(s => s.Slug == slug))
            return await app.ForSiteAsync(slug, async services =>
            {
                var post = await services.GetRequiredService<Folio.Data.FolioDbContext>().Posts.SingleAsync(p => p.Title == PostTitle);
                return PostPaths.Permalink(post.PublishedAt!.Value, post.Slug);
            });
        var owner = await app.CreateSiteAsync(slug, $"Boxes in {theme}");
        await app.UpdateSiteAsync(slug, site => site.Theme = theme);
        return await app.SavePostAsync(slug, new SavePost { AuthorId = owner, Title = PostTitle, Body = "A post to comment on.", Status = PostStatus.Published });
    }
}
