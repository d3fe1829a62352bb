using Folio.Features.Posts;
using Folio.Tests.Fetching;
using Folio.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// A Folio post embedded in a page of another site, as WordPress embeds it: the page discovers
/// the post's oEmbed card, puts its HTML in, and plays the framing side of WordPress's embed
/// protocol (a secret in the frame's address, the frame's height and followed links by message).
/// </summary>
public sealed class EmbedBrowserTests(EmbedBrowserTests.EmbeddedSite app, Chromium chromium)
    : IClassFixture<EmbedBrowserTests.EmbeddedSite>, IClassFixture<Chromium>
{

    private const string Title = "Harbour authority approves the new ferry terminal";

    public sealed class EmbeddedSite : LiveFolioApp, IAsyncLifetime
    {
        public const string Host = "harbour.localhost";
        public string PostPath { get; private set; } = "";

        /// <summary>
        /// Another site, at another origin, whose page shows <see cref="EmbeddingPage"/>. A server on
        /// loopback as Folio is: Chromium would refuse a frame of loopback in a page from anywhere else.
        /// </summary>
        public LocalWebServer OtherSite { get; private set; } = null!;

        public string EmbeddingPage { get; set; } = "";

        public async Task InitializeAsync()
        {
            OtherSite = await LocalWebServer.StartAsync(web => web.MapGet("/", () => Results.Content(EmbeddingPage, "text/html")));
            var owner = await CreateSiteAsync("harbour", "The Harbour Gazette");
            await UpdateSiteAsync("harbour", site => site.IconUrl = "/media/icon.svg");
            PostPath = await SavePostAsync("harbour", new SavePost
            {
                AuthorId = owner, Title = Title, Status = PostStatus.Published, FeaturedImageUrl = "/media/terminal.svg",
                Body = "After ten years of consultations, the harbour authority voted on Tuesday to approve the new ferry terminal on the north quay.",
                Excerpt = "After ten years of consultations, the harbour authority voted on Tuesday to approve the new ferry terminal on the north quay. "
                    + "The plan keeps the old customs house and moves the car queue off the seafront road, which residents had asked for since the first drawings were shown.",
            });
        }

        async Task IAsyncLifetime.DisposeAsync() => await OtherSite.DisposeAsync();
    }

    [SkippableTheory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Another_site_shows_the_posts_card_in_a_frame_that_fits_it(int width)
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        var refusals = RecordRefusals(context);
        await ServeImagesAsync(context);
        var page = await context.NewPageAsync();
        await ShowEmbeddingPageAsync(page);

        var card = page.FrameLocator("iframe");
        await Assertions.Expect(card.GetByRole(AriaRole.Heading, new() { Name = Title })).ToBeVisibleAsync();
        await Assertions.Expect(card.GetByText("The Harbour Gazette")).ToBeVisibleAsync();
        await Assertions.Expect(card.GetByText("After ten years of consultations", new() { Exact = false })).ToBeVisibleAsync();
        // The frame told its height: the quotation gave way to it, and the frame is as tall as the card.
        await Assertions.Expect(page.Locator("blockquote")).ToBeHiddenAsync();
        var frame = page.Locator("iframe");
        var cardHeight = await card.Locator("body").EvaluateAsync<int>("body => Math.ceil(body.getBoundingClientRect().height)");
        Assert.NotEqual(338, cardHeight); // not merely the height the card was first given
        await Assertions.Expect(frame).ToHaveAttributeAsync("height", cardHeight.ToString());
        Assert.InRange((await frame.BoundingBoxAsync())!.Width, 200, Math.Min(600, width));

        await page.SaveScreenshotAsync($"embed-on-another-site-{width}");
        Assert.True(refusals.Count == 0, string.Join(Environment.NewLine, refusals));
    }

    [SkippableFact]
    public async Task Following_the_cards_title_opens_the_post_in_the_embedding_window()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await ShowEmbeddingPageAsync(page);
        await Assertions.Expect(page.Locator("blockquote")).ToBeHiddenAsync();

        await page.FrameLocator("iframe").GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();

        // The click navigates twice, as in WordPress: the link's own target=_top, and the framing page
        // following the frame's "link" message. Whichever arrives second replaces the first, whose
        // load event never comes: wait for the address, then for the page that stays to load.
        await page.WaitForURLAsync(app.UrlOf(EmbeddedSite.Host, app.PostPath), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Title, Level = 1 })).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 10000 });
    }

    /// <summary>
    /// Discovers the post's card as WordPress does (the post page's oEmbed link) and opens a page
    /// of another origin with the card's HTML in it.
    /// </summary>
    private async Task ShowEmbeddingPageAsync(IPage page)
    {
        await page.GotoAsync(app.UrlOf(EmbeddedSite.Host, app.PostPath));
        var discovery = await page.Locator("link[type='application/json+oembed']").GetAttributeAsync("href");
        var html = await page.EvaluateAsync<string>("url => fetch(url).then(answer => answer.json()).then(card => card.html)", discovery);

        app.EmbeddingPage = EmbeddingPage(html);
        await page.GotoAsync(app.OtherSite.BaseUrl.ToString());
    }

    /// <summary>
    /// Another blog's page, with a theme's usual rule that frames fit the column, and the framing
    /// side of WordPress's protocol as its wp-embed script plays it. Giving the secret while the frame
    /// still loads, which wp-embed.js never does, left the frame without it now and then.
    /// </summary>
    private static string EmbeddingPage(string cardHtml) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Someone else's blog</title>
        <style>
          body { font: 18px/1.6 Georgia, serif; max-width: 640px; margin: 2rem auto; padding: 0 16px; background: #faf7f2; color: #222; }
          iframe { max-width: 100%; display: block; }
        </style>
        </head>
        <body>
        <h1>Someone else's blog</h1>
        <p>The harbour story everyone is talking about:</p>
        {{cardHtml}}
        <p>More on that next week.</p>
        <script>
          const secret = "k3y5ecr3t0";
          const frame = document.querySelector("iframe");
          addEventListener("message", event => {
            if (event.source !== frame.contentWindow || event.data.secret !== secret) return;
            if (event.data.message === "height") {
              frame.height = Math.min(1000, Math.max(200, event.data.value));
              document.querySelector("blockquote").style.display = "none";
            } else if (event.data.message === "link" && new URL(event.data.value).host === new URL(frame.src).host) {
              location.href = event.data.value;
            }
          });
          // As wp-embed.js does: once the page and its frames have loaded, give the frame its
          // secret and say "ready" (a frame that already had the secret answers with its height).
          addEventListener("load", () => {
            frame.src += "#?secret=" + secret;
            frame.contentWindow.postMessage({ message: "ready", secret }, "*");
          });
        </script>
        </body>
        </html>
        """;

    private static List<string> RecordRefusals(IBrowserContext context)
    {
        var refusals = new List<string>();
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) || message.Text.Contains("Refused", StringComparison.Ordinal))
                lock (refusals) refusals.Add($"{message.Location}: {message.Text}");
        };
        return refusals;
    }

    /// <summary>Uploads are another feature's; here every /media/ URL answers with a drawn picture.</summary>
    private static Task ServeImagesAsync(IBrowserContext context) => context.RouteAsync("**/media/**", route => route.FulfillAsync(new()
    {
        ContentType = "image/svg+xml",
        Body = route.Request.Url.EndsWith("icon.svg", StringComparison.Ordinal)
            ? """<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" rx="12" fill="#1f5f8b"/><path d="M14 42 L32 18 L50 42Z" fill="#fff"/></svg>"""
            : """
              <svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">
                <rect width="1200" height="675" fill="#3d6f8f"/><circle cx="880" cy="200" r="110" fill="#f4d58d"/>
                <path d="M0 540 L320 330 L560 470 L820 260 L1200 520 L1200 675 L0 675Z" fill="#1d3b4f"/>
              </svg>
              """,
    }));
}
