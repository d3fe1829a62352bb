using System.Text.RegularExpressions;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>"Share this:" under a post: plain links to each service, a permalink to copy, and Mastodon through the reader's own server.</summary>
public sealed class SharingBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    private const string Title = "桜の季節 & 花見";

    /// <summary>The title as it is sent in a share address: UTF-8, percent-encoded, the ampersand too.</summary>
    private const string EncodedTitle = "%E6%A1%9C%E3%81%AE%E5%AD%A3%E7%AF%80%20%26%20%E8%8A%B1%E8%A6%8B";

    private static Regex Exactly(string text) => new($"^{Regex.Escape(text)}$");

    private async Task<string> PostAsync(string slug) =>
        await app.SavePostAsync("demo", new SavePost { AuthorId = await app.DemoBloggerIdAsync(), Title = Title, Slug = slug, Body = "Blossoms.", Status = PostStatus.Published });

    [SkippableFact]
    public async Task Reader_finds_a_link_to_each_service_with_the_post_address_and_title_and_copies_the_link()
    {
        var path = await PostAsync("sakura-share");
        var context = await chromium.Browser.NewContextAsync(new() { Permissions = ["clipboard-read", "clipboard-write"] });
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.UrlOf("demo.localhost", path));
        var permalink = Uri.EscapeDataString(page.Url);
        var share = page.GetByRole(AriaRole.Region, new() { Name = "Share this:" });

        var email = share.GetByRole(AriaRole.Link, new() { Name = "Share by email", Exact = true });
        await Assertions.Expect(email).ToHaveAttributeAsync("href", $"mailto:?subject={EncodedTitle}&body={permalink}");
        (string Name, Regex Href)[] elsewhere =
        [
            ("Share on Mastodon", new("^/share/mastodon/[0-9]+/$")), // asks for the reader's server first
            ("Share on Bluesky", Exactly($"https://bsky.app/intent/compose?text={EncodedTitle}%20{permalink}")),
            ("Share on X", Exactly($"https://x.com/intent/post?url={permalink}&text={EncodedTitle}")),
            ("Share on Facebook", Exactly($"https://www.facebook.com/sharer/sharer.php?u={permalink}")),
            ("Share on LinkedIn", Exactly($"https://www.linkedin.com/sharing/share-offsite/?url={permalink}")),
            ("Share on Telegram", Exactly($"https://t.me/share/url?url={permalink}&text={EncodedTitle}")),
            ("Share on WhatsApp", Exactly($"https://wa.me/?text={EncodedTitle}%20{permalink}")),
        ];
        await Assertions.Expect(share.GetByRole(AriaRole.Link)).ToHaveCountAsync(elsewhere.Length + 1);
        foreach (var (name, href) in elsewhere)
        {
            var link = share.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
            await Assertions.Expect(link).ToHaveAttributeAsync("href", href);
            await Assertions.Expect(link).ToHaveAttributeAsync("target", "_blank");
            await Assertions.Expect(link).ToHaveAttributeAsync("rel", "noopener noreferrer");
        }

        await Assertions.Expect(share.GetByRole(AriaRole.Textbox, new() { Name = "Link to this post" })).ToHaveValueAsync(page.Url);
        await share.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();
        await Assertions.Expect(share.GetByRole(AriaRole.Status)).ToHaveTextAsync("Link copied.");
        Assert.Equal(page.Url, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.Empty(await page.SeriousViolationsAsync());
    }

    [SkippableFact]
    public async Task Without_javascript_the_link_is_there_to_select_and_there_is_no_copy_button()
    {
        var path = await PostAsync("sakura-no-script");
        var context = await chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.UrlOf("demo.localhost", path));

        var share = page.GetByRole(AriaRole.Region, new() { Name = "Share this:" });
        await Assertions.Expect(share.GetByRole(AriaRole.Textbox, new() { Name = "Link to this post" })).ToHaveValueAsync(page.Url);
        await Assertions.Expect(share.GetByRole(AriaRole.Button, new() { Name = "Copy link" })).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task Reader_shares_on_their_mastodon_server_which_their_browser_remembers()
    {
        var path = await PostAsync("sakura-mastodon");
        var context = await chromium.Browser.NewContextAsync();
        string? arrived = null;
        // The reader's server, which this machine cannot reach: where the browser went is what counts.
        await context.RouteAsync("https://mastodon.example/**", async route =>
        {
            arrived = route.Request.Url;
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/plain", Body = "Mastodon" });
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.UrlOf("demo.localhost", path));
        var permalink = page.Url;

        var prompt = await context.RunAndWaitForPageAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Share on Mastodon" }).ClickAsync());
        await Assertions.Expect(prompt.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Share “{Title}” on Mastodon");
        var server = prompt.GetByRole(AriaRole.Textbox, new() { Name = "Your Mastodon server" });
        await server.FillAsync("not a server");
        await prompt.GetByRole(AriaRole.Button, new() { Name = "Share on Mastodon" }).ClickAsync();
        await Assertions.Expect(prompt.GetByRole(AriaRole.Alert)).ToContainTextAsync("“not a server” is not the name of a Mastodon server.");
        Assert.Empty(await prompt.SeriousViolationsAsync());

        await server.FillAsync("https://Mastodon.Example/");
        await prompt.GetByRole(AriaRole.Button, new() { Name = "Share on Mastodon" }).ClickAsync();
        await Assertions.Expect(prompt.GetByText("Mastodon", new() { Exact = true })).ToBeVisibleAsync();
        Assert.Equal($"https://mastodon.example/share?text={EncodedTitle}%20{Uri.EscapeDataString(permalink)}", arrived);

        // Next time the field already holds the server the reader typed.
        var again = await context.RunAndWaitForPageAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Share on Mastodon" }).ClickAsync());
        await Assertions.Expect(again.GetByRole(AriaRole.Textbox, new() { Name = "Your Mastodon server" })).ToHaveValueAsync("https://Mastodon.Example/");
    }
}
