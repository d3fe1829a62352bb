using System.Globalization;
using System.Net.Http.Headers;
using Folio.Data;
using Folio.Features.Media;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Folio.Tests.Media;

/// <summary>
/// Two sites, alpha and beta, and alpha's people in every role; uploads capped at 1 MB so the
/// cap is cheap to cross.
/// </summary>
public sealed class MediaSites : FolioApp, IAsyncLifetime
{
    public const long UploadCap = 1024 * 1024;
    public const string Author = "author@example.com";
    public const string OtherAuthor = "other-author@example.com";
    public const string Editor = "editor@example.com";
    public const string Contributor = "contributor@example.com";
    public const string BetaAuthor = "beta-author@example.com";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Folio:Media:MaxUploadBytes", UploadCap.ToString(CultureInfo.InvariantCulture));
    }

    public async Task InitializeAsync()
    {
        await CreateSiteAsync("alpha", "Alpha");
        await CreateSiteAsync("beta", "Beta");
        await AddMemberAsync("alpha", Author, SiteRole.Author);
        await AddMemberAsync("alpha", OtherAuthor, SiteRole.Author);
        await AddMemberAsync("alpha", Editor, SiteRole.Editor);
        await AddMemberAsync("alpha", Contributor, SiteRole.Contributor);
        await AddMemberAsync("beta", BetaAuthor, SiteRole.Author);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public Task<HttpClient> AlphaAsync(string email) => SignedInClientAsync("alpha.localhost", email);

    /// <summary>The site's media items as its own data context sees them, newest first.</summary>
    public Task<List<MediaItem>> ItemsAsync(string slug) => ForSiteAsync(slug, services =>
        services.GetRequiredService<FolioDbContext>().Media.AsNoTracking().OrderByDescending(m => m.Id).ToListAsync());

    public async Task<MediaItem> ItemAsync(string slug, long id) => (await ItemsAsync(slug)).Single(m => m.Id == id);

    /// <summary>Every file under the site's media folder, relative to it.</summary>
    public async Task<IReadOnlyList<string>> FilesAsync(string slug)
    {
        var folder = await SiteFolderAsync(slug);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/')).Order().ToList()
            : [];
    }

    public Task<string> SiteFolderAsync(string slug) => ForSiteAsync(slug, services =>
        Task.FromResult(Path.Combine(Database.DataDirectory, "media", services.GetRequiredService<CurrentSite>().Required.Id.ToString(CultureInfo.InvariantCulture))));

    /// <summary>Uploads an image as an authorised author of alpha; returns the saved item.</summary>
    public async Task<MediaItem> UploadToAlphaAsync(byte[] content, string fileName, string altText = "")
    {
        var response = await (await AlphaAsync(Author)).UploadAsync(content, fileName, altText);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return (await ItemsAsync("alpha"))[0];
    }
}

/// <summary>Uploads as the library page's form does: multipart, with the page's antiforgery token.</summary>
public static class MediaUploads
{
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] content, string fileName, string altText = "")
    {
        var token = await TokenAsync(client);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(altText), "AltText" },
            { file, "ImageFile", fileName },
        };
        return await client.PostAsync("/admin/media/?handler=Upload", form);
    }

    /// <summary>Posts one of an item's forms (Delete, AltText) with the page's token.</summary>
    public static async Task<HttpResponseMessage> PostItemFormAsync(this HttpClient client, string handler, long id, Dictionary<string, string>? fields = null)
    {
        var values = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = await TokenAsync(client) };
        return await client.PostAsync($"/admin/media/?handler={handler}&id={id}", new FormUrlEncodedContent(values));
    }

    /// <summary>The texts of the refusals a page shows above its forms.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(this HttpResponseMessage response) =>
        (await Html.ParseAsync(response)).QuerySelectorAll(".form-errors li").Select(error => error.TextContent.Trim()).ToList();

    /// <summary>
    /// An antiforgery token for the signed-in session: the library's, or, for a contributor whose
    /// library has no form, the log-in page's (a token is valid on every form of its host).
    /// </summary>
    private static async Task<string> TokenAsync(HttpClient client)
    {
        foreach (var path in new[] { "/admin/media/", "/login/" })
        {
            var page = await client.GetDocumentAsync(path);
            if (page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") is { } token) return token;
        }
        throw new InvalidOperationException("No page of the host has a form with an antiforgery token.");
    }
}
