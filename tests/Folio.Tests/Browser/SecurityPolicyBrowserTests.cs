using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Features.Themes;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// The Content-Security-Policy and Permissions-Policy as Chromium enforces them: every theme, the
/// platform's pages and the dashboard do all they do without one refusal, while script slipped
/// into a page does not run and another site cannot frame a post.
/// </summary>
public sealed class SecurityPolicyBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    /// <summary>Dark enough for every theme's light surface, and unlike any theme's own accent.</summary>
    private const string Accent = "#224466";

    public static TheoryData<string> Themes => new(ThemeCatalog.All.Select(theme => theme.Name));

    [SkippableTheory]
    [MemberData(nameof(Themes))]
    public async Task A_themed_site_shows_its_home_search_and_post_with_nothing_refused(string theme)
    {
        var (host, postPath) = await ThemedSiteAsync(theme);
        await using var context = await chromium.Browser.NewContextAsync();
        var refusals = await RecordRefusalsAsync(context);
        var page = await context.NewPageAsync();

        var accents = new List<string>();
        foreach (var path in new[] { "/", "/?s=harbour", postPath, postPath }) // the post twice: rendered, then from the cache
        {
            await page.GotoAsync(app.UrlOf(host, path), new() { WaitUntil = WaitUntilState.NetworkIdle });
            accents.Add(await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()"));
        }

        Assert.True(refusals.Count == 0, string.Join(Environment.NewLine, refusals));
        Assert.All(accents, accent => Assert.Equal(Accent, accent)); // the site's design reached every page
        await Assertions.Expect(page.GetByText("Centred by its author")).ToHaveCSSAsync("text-align", "center");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Leave a Reply" })).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task The_platform_pages_and_the_passkey_login_run_with_nothing_refused()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var refusals = await RecordRefusalsAsync(context);
        var page = await context.NewPageAsync();

        foreach (var path in new[] { "/", "/signup/", "/forgot-password/", "/login/" })
            await page.GotoAsync(app.UrlOf("localhost", path), new() { WaitUntil = WaitUntilState.NetworkIdle });

        // passkeys.js shows its button where WebAuthn may be used; the device features Folio never uses are off.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Use a passkey" })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.featurePolicy.allowsFeature('publickey-credentials-get')"));
        Assert.True(await page.EvaluateAsync<bool>("document.featurePolicy.allowsFeature('publickey-credentials-create')"));
        Assert.False(await page.EvaluateAsync<bool>("document.featurePolicy.allowsFeature('camera')"));
        Assert.False(await page.EvaluateAsync<bool>("document.featurePolicy.allowsFeature('geolocation')"));
        Assert.True(refusals.Count == 0, string.Join(Environment.NewLine, refusals));
    }

    [SkippableFact]
    public async Task The_dashboard_editor_and_the_customizer_with_its_preview_run_with_nothing_refused()
    {
        var (host, _) = await ThemedSiteAsync("classic");
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var refusals = await RecordRefusalsAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.UrlOf(host, "/login/?returnUrl=/admin/posts/"));
        await page.GetByLabel("Email").FillAsync($"owner-of-{SlugOf("classic")}@example.com");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();

        // The editor's preview puts the server's sanitised HTML, inline style and all, into the page.
        await page.GetByLabel("Title").FillAsync("Drafted under the policy");
        await page.GetByLabel("Format", new() { Exact = true }).SelectOptionAsync("Html");
        await page.GetByLabel("Content").FillAsync("<p style=\"text-align: center\">Previewed in place</p>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(page.Locator("#preview").GetByText("Previewed in place")).ToHaveCSSAsync("text-align", "center");

        await page.GotoAsync(app.UrlOf(host, "/admin/media/"), new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.GotoAsync(app.UrlOf(host, "/admin/comments/"), new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.GotoAsync(app.UrlOf(host, "/admin/customize/"));
        var preview = page.FrameLocator("iframe[title^='Preview']");
        await Assertions.Expect(preview.Locator(".site-title")).ToHaveTextAsync($"The {ThemeCatalog.Find("classic").DisplayName} Gazette");
        await page.GetByLabel("Site title").FillAsync("Framed by its own customizer");
        await Assertions.Expect(preview.Locator(".site-title")).ToHaveTextAsync("Framed by its own customizer");

        Assert.True(refusals.Count == 0, string.Join(Environment.NewLine, refusals));
    }

    [SkippableFact]
    public async Task Script_slipped_into_a_cached_post_page_does_not_run()
    {
        var (host, postPath) = await ThemedSiteAsync("minimal");
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(app.UrlOf(host, postPath));
        var cached = await page.GotoAsync(app.UrlOf(host, postPath));
        Assert.NotNull(await cached!.HeaderValueAsync("age")); // from the output cache

        var outcome = await page.EvaluateAsync<string>("""
            () => new Promise(resolve => {
                document.addEventListener("securitypolicyviolation", e => resolve(`refused by ${e.effectiveDirective}`), { once: true });
                const script = document.createElement("script");
                script.textContent = "window.slipped = true";
                document.body.append(script);
                if (window.slipped) resolve("ran");
            })
            """);

        Assert.Equal("refused by script-src-elem", outcome);
    }

    [SkippableFact]
    public async Task Another_site_cannot_frame_a_post()
    {
        var (host, postPath) = await ThemedSiteAsync("magazine");
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(app.UrlOf("localhost"));

        await page.EvaluateAsync("""
            url => new Promise(resolve => {
                const frame = Object.assign(document.createElement("iframe"), { src: url, title: "someone else's frame" });
                frame.addEventListener("load", resolve, { once: true });
                document.body.append(frame);
            })
            """, app.UrlOf(host, postPath));

        var framed = page.Frames.Single(frame => frame != page.MainFrame);
        Assert.Equal(0, await framed.Locator(".post-title").CountAsync());
    }

    /// <summary>
    /// Every refusal of either policy in any page or frame of the context: the pages' own
    /// <c>securitypolicyviolation</c> events, and what Chromium writes to the console about them.
    /// </summary>
    private static async Task<List<string>> RecordRefusalsAsync(IBrowserContext context)
    {
        var refusals = new List<string>();
        await context.ExposeFunctionAsync("folioRefused", (string refusal) => { lock (refusals) refusals.Add(refusal); });
        await context.AddInitScriptAsync("""
            document.addEventListener("securitypolicyviolation", e => window.folioRefused(
                `${e.documentURI}: ${e.effectiveDirective} refused ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`));
            """);
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) || message.Text.Contains("Permissions-Policy", StringComparison.Ordinal))
                lock (refusals) refusals.Add($"{message.Location}: {message.Text}");
        };
        return refusals;
    }

    private static string SlugOf(string theme) => $"{theme}-policy";

    /// <summary>
    /// A site wearing the theme with the accent, made on first use: a post whose body has what
    /// authors legitimately put there (an inline style, an image from another site) and an
    /// approved comment.
    /// </summary>
    private async Task<(string Host, string PostPath)> ThemedSiteAsync(string theme)
    {
        var slug = SlugOf(theme);
        var postPath = PostPaths.Permalink(new DateTime(2025, 3, 4, 9, 0, 0, DateTimeKind.Utc), "harbour-notes");
        await using var scope = app.Services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<Folio.Data.FolioDbContext>().Sites.AnyAsync(s => s.Slug == slug))
            return ($"{slug}.localhost", postPath);

        var author = await app.CreateSiteAsync(slug, $"The {ThemeCatalog.Find(theme).DisplayName} Gazette");
        await app.UpdateSiteAsync(slug, site => { site.Theme = theme; site.AccentColor = Accent; });
        await app.SavePostAsync(slug, new SavePost
        {
            AuthorId = author, Title = "Harbour notes", Slug = "harbour-notes", Status = PostStatus.Published,
            PublishedAt = new DateTime(2025, 3, 4, 9, 0, 0, DateTimeKind.Utc), BodyFormat = BodyFormat.Html,
            Body = """
                <p style="text-align: center">Centred by its author</p>
                <p><img src="https://photos.example.org/harbour.jpg" alt="The harbour at dawn" width="600" height="400"></p>
                <p>The ferry terminal plan was approved.</p>
                """,
        });
        await app.ForSiteAsync(slug, async services =>
        {
            var db = services.GetRequiredService<Folio.Data.FolioDbContext>();
            var postId = await db.Posts.Where(p => p.Slug == "harbour-notes").Select(p => p.Id).SingleAsync();
            db.Comments.Add(new Comment
            {
                PostId = postId, AuthorName = "Ines", AuthorEmail = "ines@example.com", AvatarSeed = "ines", Body = "Welcome news for the north quay.", Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        return ($"{slug}.localhost", postPath);
    }
}
