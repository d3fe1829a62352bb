using Folio.Features.Posts;
using Folio.Features.Themes;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// Each built-in theme in a real browser: home and post pages at desktop and phone widths, in light
/// and dark schemes, never scroll sideways and pass axe. Screenshots land in <c>screenshots/</c>
/// beside the test assembly, for a person to look at.
/// </summary>
public sealed class ThemeBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    public static TheoryData<string> Themes => new(ThemeCatalog.All.Select(theme => theme.Name));

    [SkippableTheory]
    [MemberData(nameof(Themes))]
    public async Task Theme_fits_phones_and_desktops_in_both_schemes_and_passes_axe(string theme)
    {
        var browser = chromium.Browser;
        var (host, postPath) = await ThemedSiteAsync(theme);
        var problems = new List<string>();

        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        foreach (var width in new[] { 1280, 360 })
        {
            await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = scheme });
            await ServeImagesAsync(context);
            var page = await context.NewPageAsync();
            foreach (var (name, path) in new[] { ("home", "/"), ("post", postPath) })
            {
                await page.GotoAsync(app.UrlOf(host, path)); // the load event waits for the page's images; its fonts come next
                await page.EvaluateAsync("document.fonts.ready");
                if (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"))
                    problems.Add($"{theme} {name} at {width}px ({scheme}) scrolls sideways.");
                problems.AddRange(await page.SeriousViolationsAsync());
                await page.SaveScreenshotAsync($"{theme}-{name}-{width}-{scheme.ToString().ToLowerInvariant()}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [SkippableTheory]
    [MemberData(nameof(Themes))]
    public async Task Theme_sets_post_text_for_reading(string theme)
    {
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var (host, postPath) = await ThemedSiteAsync(theme);
        await page.GotoAsync(app.UrlOf(host, postPath));
        await page.EvaluateAsync("document.fonts.ready");

        // Measured in the font Folio serves, not in whatever this machine has installed.
        var font = await page.EvaluateAsync<string>("""
            (() => {
                const style = getComputedStyle(document.querySelector('.post-content p'));
                const family = style.fontFamily.split(',')[0].trim().replace(/^["']|["']$/g, '');
                const served = [...document.fonts].some(face => face.family === family && face.status === 'loaded');
                return served && document.fonts.check(`${style.fontSize} "${family}"`) ? family : `${family}, not loaded from Folio`;
            })()
            """);
        Assert.Equal(ThemeFontFamily(theme), font);
        await AssertPreloadedFontIsTheOneUsedAsync(page);
        var text = await page.EvaluateAsync<double[]>("""
            (() => {
                const p = document.querySelector('.post-content p');
                const style = getComputedStyle(p);
                const size = parseFloat(style.fontSize), height = parseFloat(style.lineHeight);
                const lines = Math.round(p.getBoundingClientRect().height / height);
                return [size, height / size, p.textContent.length / lines];
            })()
            """);

        Assert.InRange(text[0], 18, 21.5);
        Assert.InRange(text[1], 1.5, 1.75);
        Assert.InRange(text[2], 55, 80);
    }

    [SkippableFact]
    public async Task Russian_and_Armenian_are_set_in_shipped_fonts_fetched_only_by_pages_that_hold_them()
    {
        var (englishSite, englishPost) = await ThemedSiteAsync("classic");
        var owner = await app.CreateSiteAsync("polyglot", "Polyglot");
        var both = await app.SavePostAsync("polyglot", new SavePost
        {
            AuthorId = owner, Title = "Паром и Լաստանավ", Slug = "ferry-in-two-languages", Status = PostStatus.Published,
            Body = "Паром снова ходит по расписанию.\n\nԼաստանավը կրկին աշխատում է ըստ չվացուցակի։",
        });
        var page = await chromium.Browser.NewPageAsync();
        async Task<string[]> FontFilesAsync(string host, string path)
        {
            await page.GotoAsync(app.UrlOf(host, path));
            await page.EvaluateAsync("document.fonts.ready");
            return await page.EvaluateAsync<string[]>(
                "performance.getEntriesByType('resource').map(entry => new URL(entry.name).pathname).filter(path => path.startsWith('/fonts/'))");
        }

        var forBoth = await FontFilesAsync("polyglot.localhost", both);
        await page.SaveScreenshotAsync("classic-russian-and-armenian");
        var forEnglish = await FontFilesAsync(englishSite, englishPost);

        Assert.Contains("/fonts/source-serif-4/source-serif-4-cyrillic-400-normal.woff2", forBoth);
        Assert.Contains("/fonts/noto-serif-armenian/noto-serif-armenian-armenian-wght-normal.woff2", forBoth);
        Assert.DoesNotContain(forEnglish, file => file.Contains("cyrillic") || file.Contains("armenian"));
    }

    /// <summary>
    /// The font a page preloads is fetched once, at the very URL its stylesheet names: a preload of
    /// any other URL would cost a second download instead of saving time.
    /// </summary>
    private static async Task AssertPreloadedFontIsTheOneUsedAsync(IPage page)
    {
        var preload = await page.Locator("link[rel=preload][as=font]").EvaluateAsync<string>("link => link.href");
        var fetches = await page.EvaluateAsync<string[]>(
            "path => performance.getEntriesByType('resource').map(entry => entry.name).filter(name => new URL(name).pathname === path)",
            new Uri(preload).AbsolutePath);

        Assert.Equal([preload], fetches);
    }

    private static string ThemeFontFamily(string theme) => theme switch
    {
        "classic" => "Source Serif 4",
        "magazine" => "Inter Variable",
        "minimal" => "EB Garamond",
        _ => throw new ArgumentOutOfRangeException(nameof(theme)),
    };

    [SkippableFact]
    public async Task Newsroom_front_page_leads_with_one_story_above_a_grid_of_cards()
    {
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var (host, _) = await ThemedSiteAsync("magazine");
        await page.GotoAsync(app.UrlOf(host));

        var boxes = await page.EvaluateAsync<double[][]>(
            "[...document.querySelectorAll('.post-list > article')].map(a => { const r = a.getBoundingClientRect(); return [r.left, r.top, r.width]; })");

        Assert.True(boxes[0][2] > 2.5 * boxes[1][2], "The lead story is not wider than the cards below it.");
        Assert.Equal(boxes[1][1], boxes[2][1]); // the next two stories share a row
        Assert.True(boxes[2][0] > boxes[1][0]);
        await Assertions.Expect(page.Locator(".post-lead .post-source")).ToHaveTextAsync("Example Wire");
    }

    [SkippableFact]
    public async Task Landing_page_passes_axe_and_uses_the_font_it_preloads()
    {
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(app.UrlOf("localhost"));
        await page.EvaluateAsync("document.fonts.ready");

        var problems = await page.SeriousViolationsAsync();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        await AssertPreloadedFontIsTheOneUsedAsync(page);
    }

    private static readonly DateTime LeadPublishedAt = new(2024, 10, 11, 9, 0, 0, DateTimeKind.Utc);
    private static readonly string LeadPath = PostPaths.Permalink(LeadPublishedAt, "ferry-terminal-approved");

    /// <summary>
    /// The site wearing the theme, made on first use (tests of a class run one at a time): a header
    /// image and icon, a curated lead story with a featured image, long words and code, and posts
    /// with and without images.
    /// </summary>
    private async Task<(string Host, string PostPath)> ThemedSiteAsync(string theme)
    {
        var slug = $"{theme}-site";
        await using var scope = app.Services.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<Folio.Data.FolioDbContext>().Sites.AnyAsync(s => s.Slug == slug))
            await CreateThemedSiteAsync(slug, theme);
        return ($"{slug}.localhost", LeadPath);
    }

    private async Task CreateThemedSiteAsync(string slug, string theme)
    {
        var author = await app.CreateSiteAsync(slug, $"The {ThemeCatalog.Find(theme).DisplayName} Gazette");
        await app.UpdateSiteAsync(slug, site =>
        {
            site.Theme = theme;
            site.AccentColor = ThemeCatalog.Find(theme).DefaultAccent;
            site.Tagline = "Local news, reposted with credit, and what we make of it";
            site.HeaderImageUrl = "/media/header.svg";
            site.IconUrl = "/media/icon.svg";
        });
        // Pages, one under another, so that every theme shows its menu with a sub-menu.
        await app.SavePostAsync(slug, new SavePost { AuthorId = author, Kind = PostKind.Page, Title = "About the Gazette", Slug = "about", Status = PostStatus.Published, Body = "Who we are." });
        var about = await app.QuerySiteAsync(slug, db => db.Posts.Where(p => p.Slug == "about").Select(p => p.Id).SingleAsync());
        await app.SavePostAsync(slug, new SavePost { AuthorId = author, Kind = PostKind.Page, Title = "Corrections policy", Slug = "corrections", Status = PostStatus.Published, Body = "How we correct.", ParentId = about });
        await app.SavePostAsync(slug, new SavePost { AuthorId = author, Kind = PostKind.Page, Title = "Contact", Slug = "contact", Status = PostStatus.Published, Body = "Write to us." });
        string[] titles = ["Council publishes the budget", "Reading list for the weekend", "Why the bridge closed", "A note on corrections", "Letters: on the market square"];
        for (var i = 0; i < titles.Length; i++)
        {
            await app.SavePostAsync(slug, new SavePost
            {
                AuthorId = author, Title = titles[i], Status = PostStatus.Published, PublishedAt = LeadPublishedAt.AddDays(i - 10),
                Body = "The meeting ran late, and the numbers were not what anyone expected. We read the report so you do not have to, and here is what stood out.",
                Categories = [i % 2 == 0 ? "City" : "Notes"],
                FeaturedImageUrl = i % 2 == 0 ? $"/media/photo-{i}.svg" : null,
            });
        }
        await app.SavePostAsync(slug, new SavePost
        {
            AuthorId = author, Title = "Harbour authority approves the new ferry terminal after a decade of talks", Slug = "ferry-terminal-approved", Status = PostStatus.Published, PublishedAt = LeadPublishedAt,
            Body = """
                After ten years of consultations, the harbour authority voted on Tuesday to approve the new ferry terminal on the north quay. The plan keeps the old customs house and moves the car queue off the seafront road, which residents had asked for since the first drawings were shown.

                Work starts in spring. The authority says ferries will keep running throughout, with a temporary ramp at the east pier while the new berth is built, and that the timetable will not change.

                The full decision, with its conditions, is published at https://harbour.example.org/decisions/2026/north-quay-ferry-terminal-approval-with-conditions-and-appendices.pdf for anyone who wants the detail.

                    terminal_capacity = berths * sailings_per_day * average_vehicles_per_sailing  # the figure the authority used, unchanged

                > We listened, and the plan is better for it.
                """,
            Categories = ["City"], Tags = ["harbour", "transport"],
            OriginalUrl = "https://wire.example.org/harbour-ferry-terminal", SourceName = "Example Wire",
            FeaturedImageUrl = "/media/lead.svg",
        });
    }

    /// <summary>
    /// Uploads are another feature's; here every /media/ URL answers with a drawn picture, so
    /// screenshots show each theme with images in place.
    /// </summary>
    private static Task ServeImagesAsync(IBrowserContext context) => context.RouteAsync("**/media/**", route =>
    {
        var seed = Math.Abs(route.Request.Url.GetHashCode()) % 360;
        var svg = $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">
              <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl({seed},45%,35%)"/><stop offset="1" stop-color="hsl({(seed + 40) % 360},60%,65%)"/></linearGradient></defs>
              <rect width="1200" height="675" fill="url(#g)"/>
              <circle cx="880" cy="200" r="110" fill="#fff" fill-opacity=".35"/>
              <path d="M0 540 L320 330 L560 470 L820 260 L1200 520 L1200 675 L0 675Z" fill="#000" fill-opacity=".25"/>
            </svg>
            """;
        return route.FulfillAsync(new() { ContentType = "image/svg+xml", Body = svg });
    });
}
