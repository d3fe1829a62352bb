using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// Posts and pages reached as a reader reaches them: a real browser sends a non-Latin address
/// percent-encoded, follows redirects, and turns a POST into a GET after a 301.
/// </summary>
public sealed class PostAddressBrowserTests(PostAddressBrowserTests.AddressSite app, Chromium chromium)
    : IClassFixture<PostAddressBrowserTests.AddressSite>, IClassFixture<Chromium>
{
    public sealed class AddressSite : LiveFolioApp, IAsyncLifetime
    {
        public const string Host = "letters.localhost";
        public const string Password = "маяк и море";
        public long OwnerId { get; private set; }

        public async Task InitializeAsync() => OwnerId = await CreateSiteAsync("letters", "Letters");

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        public Task<string> PublishAsync(string title, string body, PostKind kind = PostKind.Post, string? password = null) =>
            SavePostAsync("letters", new SavePost { AuthorId = OwnerId, Kind = kind, Title = title, Body = body, Status = PostStatus.Published, Password = password });
    }

    [SkippableTheory]
    [InlineData("Новая заметка")]
    [InlineData("Նոր գրառում")]
    [InlineData("新しいブログ")]
    public async Task A_reader_opens_a_post_titled_in_another_script_and_leaves_a_reply(string title)
    {
        var path = await app.PublishAsync(title, "Слова, которые стоит прочесть.");
        var page = await chromium.Browser.NewPageAsync();

        await page.GotoAsync(app.UrlOf(AddressSite.Host));
        await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        Assert.Equal(app.UrlOf(AddressSite.Host, path), page.Url);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Comment" }).FillAsync("Спасибо, интересно.");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("reader@example.com");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync("Ася");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post Comment" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Your comment is awaiting moderation.")).ToBeVisibleAsync();

        // Typed into the address bar, unencoded, it opens as well.
        var typed = await page.GotoAsync(app.UrlOf(AddressSite.Host, Uri.UnescapeDataString(path)));
        Assert.Equal(200, typed!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
    }

    [SkippableTheory]
    [InlineData(PostKind.Post, "Minutes of the lighthouse club")]
    [InlineData(PostKind.Page, "Закрытая страница")]
    public async Task A_reader_types_the_password_and_reads_the_words(PostKind kind, string title)
    {
        const string words = "The keeper's log is kept in the tower.";
        var path = await app.PublishAsync(title, words, kind, AddressSite.Password);
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(app.UrlOf(AddressSite.Host, path));
        await Assertions.Expect(page.GetByText(PostProtection.FormIntro)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(words)).ToHaveCountAsync(0);

        await page.GetByLabel("Password:").FillAsync(AddressSite.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enter" }).ClickAsync();

        await Assertions.Expect(page.GetByText(words)).ToBeVisibleAsync();
        Assert.Equal(app.UrlOf(AddressSite.Host, path), page.Url);
        await Assertions.Expect(page.GetByText(PostProtection.FormIntro)).ToHaveCountAsync(0);
    }
}
