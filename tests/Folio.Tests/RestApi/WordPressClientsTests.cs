using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Folio.Features.Identity.ApplicationPasswords;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Folio.Tests.Media;

namespace Folio.Tests.RestApi;

/// <summary>
/// WordPress's block editor client (<c>@wordpress/api-fetch</c>) and <c>wpapi</c>, as they are
/// used against WordPress, do their everyday work on a Folio site: fetch a whole collection,
/// page by its links, edit and delete through method override, upload images, meet errors.
/// </summary>
public sealed class WordPressClientsTests(LiveFolioApp app) : IClassFixture<LiveFolioApp>
{
    private const int TagCount = 116;

    [SkippableFact]
    public async Task Api_fetch_and_wpapi_fetch_every_tag_delete_by_override_and_upload_images()
    {
        WpapiClient.SkipUnlessAvailable();
        var owner = await app.CreateSiteAsync("clients", "Clients at Work");
        // Node resolves no *.localhost names, so the site answers at the loopback address as its own domain.
        await app.UseVerifiedDomainAsync("clients", "127.0.0.1");
        await app.SavePostAsync("clients", new SavePost
        {
            AuthorId = owner, Title = "Tagged a great deal", Body = "Words.", Status = PostStatus.Published,
            Tags = [.. Enumerable.Range(1, TagCount).Select(n => $"Topic {n}")],
        });
        var password = await app.ForSiteAsync("clients", services => services.GetRequiredService<ApplicationPasswordStore>().CreateAsync(owner, "clients", CancellationToken.None));

        var image = Path.Combine(app.DataDirectory, "photo-to-upload.png");
        await File.WriteAllBytesAsync(image, TestImages.Png(120, 80));

        var saw = await WpapiClient.RunAsync("clients-at-work.mjs", app.UrlOf("127.0.0.1").TrimEnd('/'), "owner-of-clients@example.com", password, image);

        Assert.Equal(TagCount, saw.GetProperty("apiFetchTagCount").GetInt32());
        Assert.Equal(TagCount, saw.GetProperty("apiFetchDistinctTags").GetInt32());
        Assert.Equal("Edited by api-fetch", saw.GetProperty("apiFetchEditedTitle").GetString());
        Assert.True(saw.GetProperty("apiFetchDeleted").GetBoolean());
        Assert.Equal("rest_post_invalid_id", saw.GetProperty("apiFetchAfterDelete").GetString());
        Assert.Equal("rest_no_route", saw.GetProperty("apiFetchUnknownRoute").GetString());
        Assert.Equal(TagCount, saw.GetProperty("wpapiTagCount").GetInt32());
        Assert.Equal(TagCount, saw.GetProperty("wpapiDistinctTags").GetInt32());
        using var reader = new HttpClient();
        foreach (var (upload, alt) in new[] { ("apiFetchUpload", "Sent by api-fetch"), ("wpapiUpload", "Sent by wpapi") })
        {
            var media = saw.GetProperty(upload);
            Assert.Equal(alt, media.GetProperty("alt").GetString());
            Assert.Equal("image/png", media.GetProperty("mime").GetString());
            var listed = await reader.GetStringAsync(app.UrlOf("127.0.0.1", $"/wp-json/wp/v2/media/{media.GetProperty("id").GetInt64()}"));
            Assert.Contains(alt, listed);
        }
    }

    /// <summary>Over a real server, whose request limit for the API (4 MB) is below the library's (10 MB): a phone photo fits.</summary>
    [Fact]
    public async Task An_image_larger_than_other_api_requests_uploads_and_one_past_the_librarys_limit_is_refused_in_json()
    {
        var owner = await app.CreateSiteAsync("bigpics", "Big Pictures");
        var password = await app.ForSiteAsync("bigpics", services => services.GetRequiredService<ApplicationPasswordStore>().CreateAsync(owner, "bigpics", CancellationToken.None));
        using var client = new HttpClient { BaseAddress = new Uri(app.UrlOf("127.0.0.1")) };
        client.DefaultRequestHeaders.Host = "bigpics.localhost";
        // As curl sends a large body: the server may refuse it before it is sent.
        client.DefaultRequestHeaders.ExpectContinue = true;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"owner-of-bigpics@example.com:{password}")));

        // A real image with 6 MB (then 11 MB) after its end, as some cameras leave data there.
        var sixMegabytes = await client.PostAsync("/wp-json/wp/v2/media", Upload([.. TestImages.Png(200, 100), .. new byte[6 * 1024 * 1024]], "wide.png"));
        var elevenMegabytes = await client.PostAsync("/wp-json/wp/v2/media", Upload([.. TestImages.Png(200, 100), .. new byte[11 * 1024 * 1024]], "huge.png"));

        Assert.Equal(HttpStatusCode.Created, sixMegabytes.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, elevenMegabytes.StatusCode);
        var refusal = JsonDocument.Parse(await elevenMegabytes.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("rest_upload_file_too_big", refusal.GetProperty("code").GetString());
        Assert.Contains("10 MB", refusal.GetProperty("message").GetString());
    }

    private static ByteArrayContent Upload(byte[] image, string name)
    {
        var body = new ByteArrayContent(image);
        body.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        body.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = name };
        return body;
    }
}
