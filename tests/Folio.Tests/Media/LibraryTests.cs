using System.Net;
using System.Net.Http.Json;
using Folio.Features.Media;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Media;

/// <summary>The library page and its JSON: who sees, uploads, edits and deletes what.</summary>
public sealed class LibraryTests(MediaSites sites) : IClassFixture<MediaSites>
{
    [Fact]
    public async Task Anonymous_visitor_is_sent_to_log_in()
    {
        var response = await sites.ClientFor("alpha.localhost").GetAsync("/admin/media/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login/", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Member_of_another_site_is_not_let_in()
    {
        var betaAuthor = await sites.SignedInClientAsync("alpha.localhost", MediaSites.BetaAuthor);

        var response = await betaAuthor.GetAsync("/admin/media/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login/", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Author_sees_the_upload_form_and_the_library_with_each_image_details()
    {
        var item = await sites.UploadToAlphaAsync(TestImages.Jpeg(2000, 1000), "field.jpg", "A field of poppies");

        var page = await (await sites.AlphaAsync(MediaSites.Author)).GetDocumentAsync("/admin/media/");

        Assert.Equal("Image file", page.QuerySelector("label[for=image-file]")!.TextContent);
        Assert.Equal("file", page.QuerySelector("#image-file")!.GetAttribute("type"));
        Assert.Equal("Alt text", page.QuerySelector("label[for=alt-text]")!.TextContent);
        Assert.NotNull(page.QuerySelectorAll("form[enctype='multipart/form-data'] button").SingleOrDefault(b => b.TextContent == "Upload"));
        var card = page.QuerySelector($"#media-{item.Id}")!;
        Assert.Equal("A field of poppies", card.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal(MediaUrls.AtLeast(item, 480), card.QuerySelector("img")!.GetAttribute("src"));
        Assert.Contains("2000 × 1000 pixels", card.TextContent);
        Assert.Equal($"http://alpha.localhost{MediaUrls.Of(item)}", card.QuerySelector("input[readonly]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Contributor_sees_the_library_without_upload_edit_or_delete()
    {
        await sites.UploadToAlphaAsync(TestImages.Png(300, 200), "seen.png");

        var page = await (await sites.AlphaAsync(MediaSites.Contributor)).GetDocumentAsync("/admin/media/");

        Assert.NotEmpty(page.QuerySelectorAll(".media-item"));
        Assert.Null(page.QuerySelector("input[type=file]"));
        Assert.DoesNotContain(page.QuerySelectorAll("button"), button => button.TextContent is "Delete" or "Save alt text");
    }

    [Fact]
    public async Task Author_cannot_delete_another_authors_image()
    {
        var item = await sites.UploadToAlphaAsync(TestImages.Png(600, 400), "not-yours.png");
        var filesBefore = await sites.FilesAsync("alpha");

        var response = await (await sites.AlphaAsync(MediaSites.OtherAuthor)).PostItemFormAsync("Delete", item.Id);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Only editors, administrators and the author who uploaded an image may delete it.", Assert.Single(await response.ErrorsAsync()));
        Assert.Contains(await sites.ItemsAsync("alpha"), m => m.Id == item.Id);
        Assert.Equal(filesBefore, await sites.FilesAsync("alpha"));
    }

    [Fact]
    public async Task Author_deletes_their_own_image_with_its_files()
    {
        var item = await sites.UploadToAlphaAsync(TestImages.Png(1000, 800), "mine.png");

        var response = await (await sites.AlphaAsync(MediaSites.Author)).PostItemFormAsync("Delete", item.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(await sites.ItemsAsync("alpha"), m => m.Id == item.Id);
        Assert.DoesNotContain(await sites.FilesAsync("alpha"), file => file.StartsWith(item.StoredName[..^4], StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await sites.ClientFor("alpha.localhost").GetAsync(MediaUrls.Of(item))).StatusCode);
    }

    [Fact]
    public async Task Editor_deletes_any_image()
    {
        var item = await sites.UploadToAlphaAsync(TestImages.Png(200, 200), "authors.png");

        var response = await (await sites.AlphaAsync(MediaSites.Editor)).PostItemFormAsync("Delete", item.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(await sites.ItemsAsync("alpha"), m => m.Id == item.Id);
    }

    [Fact]
    public async Task Another_sites_author_cannot_delete_by_id()
    {
        var item = await sites.UploadToAlphaAsync(TestImages.Png(200, 200), "alpha-only.png");
        var betaAuthor = await sites.SignedInClientAsync("beta.localhost", MediaSites.BetaAuthor);
        await betaAuthor.UploadAsync(TestImages.Png(50, 50), "beta.png");

        var response = await betaAuthor.PostItemFormAsync("Delete", item.Id);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(await sites.ItemsAsync("alpha"), m => m.Id == item.Id);
    }

    [Fact]
    public async Task Uploader_changes_the_alt_text_and_a_contributor_cannot()
    {
        var item = await sites.UploadToAlphaAsync(TestImages.Png(200, 200), "alt.png", "First words");

        var refused = await (await sites.AlphaAsync(MediaSites.Contributor)).PostItemFormAsync("AltText", item.Id, new() { ["newAltText"] = "Vandalised" });
        var saved = await (await sites.AlphaAsync(MediaSites.Author)).PostItemFormAsync("AltText", item.Id, new() { ["newAltText"] = "  Better words  " });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Better words", (await sites.ItemAsync("alpha", item.Id)).AltText);
    }

    [Fact]
    public async Task Too_long_alt_text_is_refused()
    {
        var item = await sites.UploadToAlphaAsync(TestImages.Png(200, 200), "long.png", "Short");

        var response = await (await sites.AlphaAsync(MediaSites.Author)).PostItemFormAsync("AltText", item.Id, new() { ["newAltText"] = new string('a', 501) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Alt text can be at most 500 characters long.", Assert.Single(await response.ErrorsAsync()));
        Assert.Equal("Short", (await sites.ItemAsync("alpha", item.Id)).AltText);
    }

    [Fact]
    public async Task Library_json_lists_the_sites_images_newest_first_for_members()
    {
        var older = await sites.UploadToAlphaAsync(TestImages.Png(1000, 500), "older.png", "Older");
        var newer = await sites.UploadToAlphaAsync(TestImages.Png(300, 300), "newer.png", "Newer");

        var list = await (await sites.AlphaAsync(MediaSites.Contributor)).GetFromJsonAsync<List<MediaChoice>>("/admin/media/library.json");

        Assert.Equal(new MediaChoice(newer.Id, MediaUrls.Of(newer), $"{MediaUrls.Of(newer)} 300w", "Newer", 300, 300), list![0]);
        Assert.Equal(new MediaChoice(older.Id, MediaUrls.Of(older), MediaUrls.Srcset(older), "Older", 1000, 500), list[1]);
        Assert.Equal(list.Select(choice => choice.Id).OrderDescending(), list.Select(choice => choice.Id));
    }

    [Fact]
    public async Task Library_json_is_for_members_of_the_site_only()
    {
        await sites.UploadToAlphaAsync(TestImages.Png(100, 100), "alpha.png");
        var betaAuthor = await sites.SignedInClientAsync("beta.localhost", MediaSites.BetaAuthor);
        await betaAuthor.UploadAsync(TestImages.Png(100, 100), "beta.png");

        var anonymous = await sites.ClientFor("alpha.localhost").GetAsync("/admin/media/library.json");
        var beta = await betaAuthor.GetFromJsonAsync<List<MediaChoice>>("/admin/media/library.json");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/login/", anonymous.Headers.Location!.PathAndQuery);
        Assert.Equal((await sites.ItemsAsync("beta")).Select(item => item.Id), beta!.Select(choice => choice.Id));
    }
}
