using System.Net;
using AngleSharp.Dom;
using Folio.Data;
using Folio.Features.Media;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Themes;

/// <summary>The customiser at /admin/customize/: who may use it, what it refuses, and that readers see a saved design at once.</summary>
public sealed class CustomizerTests(CustomizerTests.DesignSites sites) : IClassFixture<CustomizerTests.DesignSites>
{
    private const string Host = "design.localhost";
    private const string Admin = "owner-of-design@example.com";

    public sealed class DesignSites : FolioApp, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            var owner = await CreateSiteAsync("design", "Design Desk");
            await CreateSiteAsync("other", "Other Place");
            await AddMemberAsync("design", "editor@example.com", SiteRole.Editor);
            await AddMemberAsync("design", "author@example.com", SiteRole.Author);
            await AddMemberAsync("design", "contributor@example.com", SiteRole.Contributor);
            await SavePostAsync("design", new() { AuthorId = owner, Title = "Opening day", Body = "We are open.", Status = Folio.Features.Posts.PostStatus.Published });
            await AddImageAsync("design", "older-header.jpg", "Harbour at dawn.jpg", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            await AddImageAsync("design", "newer-icon.png", "Logo.png", new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));
            await AddImageAsync("other", "theirs.jpg", "Not yours.jpg", new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));
        }

        /// <summary>An uploaded image's row, as the media feature records one.</summary>
        private Task<int> AddImageAsync(string slug, string storedName, string originalName, DateTime uploadedAt) => ForSiteAsync(slug, async services =>
        {
            var db = services.GetRequiredService<FolioDbContext>();
            db.Media.Add(new MediaItem { StoredName = storedName, OriginalName = originalName, ContentType = "image/jpeg", Width = 1200, Height = 400, UploadedAt = uploadedAt });
            return await db.SaveChangesAsync();
        });

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private static Dictionary<string, string> Fields(
        string title = "Design Desk", string tagline = "", string theme = "classic", string accent = "#a0361c",
        string header = "", string icon = "") => new()
    {
        ["title"] = title, ["tagline"] = tagline, ["theme"] = theme, ["accentColor"] = accent,
        ["headerImageUrl"] = header, ["iconUrl"] = icon,
    };

    private async Task<Site> SavedSiteAsync()
    {
        await using var scope = sites.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FolioDbContext>().Sites.AsNoTracking().SingleAsync(s => s.Slug == "design");
    }

    private static string Stylesheet(IDocument page) =>
        page.QuerySelectorAll("link[rel=stylesheet]").Select(link => link.GetAttribute("href")!).Single(href => href.StartsWith("/css/themes/"));

    [Fact]
    public async Task Administrator_saves_a_design_and_the_next_anonymous_visit_shows_it()
    {
        var reader = sites.ClientFor(Host);
        await reader.GetAsync("/");
        await reader.GetAsync("/"); // the home page is now in the output cache
        var admin = await sites.SignedInClientAsync(Host, Admin);

        var response = await admin.PostFormAsync("/admin/customize/", Fields(
            title: "The Design Desk", tagline: "News, set in type", theme: "magazine", accent: "#1A4D8F",
            header: "/media/older-header.jpg", icon: "/media/newer-icon.png"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/customize/?saved=true", response.Headers.Location!.OriginalString);
        var home = await reader.GetDocumentAsync("/");
        Assert.StartsWith("/css/themes/magazine.css", Stylesheet(home));
        Assert.Contains("--site-accent:#1a4d8f;", home.DocumentElement.GetAttribute("style"));
        Assert.Equal("The Design Desk", home.QuerySelector(".site-title")!.TextContent.Trim());
        Assert.Equal("News, set in type", home.QuerySelector(".site-tagline")!.TextContent.Trim());
        Assert.Equal("/media/older-header.jpg", home.QuerySelector(".site-header img")!.GetAttribute("src"));
        Assert.Equal("/media/newer-icon.png", home.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        var saved = await admin.GetDocumentAsync("/admin/customize/?saved=true");
        Assert.Contains("Your changes are saved", saved.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task Customiser_offers_this_sites_images_newest_first_after_none()
    {
        var admin = await sites.SignedInClientAsync(Host, Admin);

        var page = await admin.GetDocumentAsync("/admin/customize/");

        foreach (var field in new[] { "headerImageUrl", "iconUrl" })
        {
            var options = page.QuerySelectorAll($"select#{field} option").Select(o => (o.GetAttribute("value"), o.TextContent.Trim())).ToList();
            Assert.Equal([("", "None"), ("/media/newer-icon.png", "Logo.png"), ("/media/older-header.jpg", "Harbour at dawn.jpg")], options);
        }
        Assert.Equal(["classic", "magazine", "minimal"], page.QuerySelectorAll("input[name=theme][type=radio]").Select(r => r.GetAttribute("value")));
        Assert.Equal("color", page.QuerySelector("input#accentColor")!.GetAttribute("type"));
    }

    [Theory]
    [InlineData("editor@example.com")]
    [InlineData("author@example.com")]
    [InlineData("contributor@example.com")]
    [InlineData("owner-of-other@example.com")]
    public async Task Anyone_but_an_administrator_of_this_site_is_refused(string email)
    {
        var before = await SavedSiteAsync();
        var client = await sites.SignedInClientAsync(Host, email);

        var page = await client.GetAsync("/admin/customize/");
        var preview = await client.GetAsync("/admin/customize/preview/?theme=minimal");
        // A real antiforgery token for this person (from the log-in form), so only the role can refuse.
        var save = await client.PostFormAsync("/admin/customize/", Fields(title: "Defaced", theme: "minimal", accent: "#000000"), pagePath: "/login/");

        foreach (var response in new[] { page, preview, save })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/login/", response.Headers.Location!.OriginalString);
        }
        var after = await SavedSiteAsync();
        Assert.Equal((before.Title, before.Theme, before.AccentColor), (after.Title, after.Theme, after.AccentColor));
        Assert.NotEqual("Defaced", (await sites.ClientFor(Host).GetDocumentAsync("/")).QuerySelector(".site-title")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("red; background:url(x)", "# and six hexadecimal digits")]
    [InlineData("#12345g", "# and six hexadecimal digits")]
    [InlineData("#ffd700", "too light to read")]
    public async Task Accent_that_is_malformed_or_unreadable_is_refused_and_nothing_is_saved(string accent, string message)
    {
        var before = await SavedSiteAsync();
        var admin = await sites.SignedInClientAsync(Host, Admin);

        var response = await admin.PostFormAsync("/admin/customize/", Fields(title: "Should not stick", theme: "minimal", accent: accent));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".form-errors")!.TextContent);
        var after = await SavedSiteAsync();
        Assert.Equal((before.Title, before.Theme, before.AccentColor), (after.Title, after.Theme, after.AccentColor));
    }

    [Theory]
    [InlineData("headerImageUrl", "/media/theirs.jpg", "header image")]
    [InlineData("iconUrl", "/media/theirs.jpg", "site icon")]
    [InlineData("headerImageUrl", "https://elsewhere.example/header.jpg", "header image")]
    [InlineData("iconUrl", "/media/../data/folio.db", "site icon")]
    public async Task Image_that_is_not_one_of_this_sites_uploads_is_refused_and_nothing_is_saved(string field, string url, string what)
    {
        var before = await SavedSiteAsync();
        var admin = await sites.SignedInClientAsync(Host, Admin);
        var fields = Fields(title: "Should not stick");
        fields[field] = url;

        var response = await admin.PostFormAsync("/admin/customize/", fields);

        var page = await Html.ParseAsync(response);
        Assert.Contains($"The {what} must be one of this site's uploaded images", page.QuerySelector(".form-errors")!.TextContent);
        var after = await SavedSiteAsync();
        Assert.Equal((before.Title, before.HeaderImageUrl, before.IconUrl), (after.Title, after.HeaderImageUrl, after.IconUrl));
    }

    [Fact]
    public async Task Preview_shows_unsaved_values_only_to_the_administrator_and_is_never_stored()
    {
        var before = await SavedSiteAsync();
        var admin = await sites.SignedInClientAsync(Host, Admin);

        var response = await admin.GetAsync("/admin/customize/preview/?title=Trying+on&tagline=&theme=minimal&accentColor=%23224466&headerImageUrl=&iconUrl=");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
        var preview = await Html.ParseAsync(response);
        Assert.StartsWith("/css/themes/minimal.css", Stylesheet(preview));
        Assert.Contains("--site-accent:#224466;", preview.DocumentElement.GetAttribute("style"));
        Assert.Equal("Trying on", preview.QuerySelector(".site-title")!.TextContent.Trim());
        Assert.Equal(["Opening day"], preview.PostTitles());

        var after = await SavedSiteAsync();
        Assert.Equal((before.Title, before.Theme, before.AccentColor), (after.Title, after.Theme, after.AccentColor));
        var home = await sites.ClientFor(Host).GetDocumentAsync("/");
        Assert.NotEqual("Trying on", home.QuerySelector(".site-title")!.TextContent.Trim());
    }

    [Fact]
    public async Task Preview_of_an_unreadable_accent_says_why_and_keeps_the_saved_one()
    {
        var saved = await SavedSiteAsync();
        var admin = await sites.SignedInClientAsync(Host, Admin);

        var preview = await admin.GetDocumentAsync($"/admin/customize/preview/?title=Trying+on&theme={saved.Theme}&accentColor=%23ffff99");

        Assert.Contains("too light to read", preview.QuerySelector(".form-errors")!.TextContent);
        Assert.DoesNotContain("#ffff99", preview.DocumentElement.GetAttribute("style"));
        Assert.Equal("Trying on", preview.QuerySelector(".site-title")!.TextContent.Trim());
    }

    [Fact]
    public async Task Preview_button_without_script_shows_the_fields_in_the_preview_and_saves_nothing()
    {
        var before = await SavedSiteAsync();
        var admin = await sites.SignedInClientAsync(Host, Admin);

        var response = await admin.PostFormAsync("/admin/customize/?handler=Preview", Fields(title: "Just looking", theme: "minimal"), pagePath: "/admin/customize/");

        var page = await Html.ParseAsync(response);
        var frame = page.QuerySelector("iframe")!.GetAttribute("src")!;
        Assert.StartsWith("/admin/customize/preview/?", frame);
        Assert.Contains("title=Just%20looking", frame);
        Assert.Contains("theme=minimal", frame);
        Assert.Equal("Just looking", page.QuerySelector("input#title")!.GetAttribute("value"));
        Assert.Equal(before.Title, (await SavedSiteAsync()).Title);
    }
}
