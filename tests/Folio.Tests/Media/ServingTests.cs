using System.Net;
using System.Net.Http.Headers;
using Folio.Features.Media;
using Microsoft.AspNetCore.Http;

namespace Folio.Tests.Media;

/// <summary>Uploaded files are served long-lived, by their own site only, and nothing else is.</summary>
public sealed class ServingTests(ServingTests.Uploaded sites) : IClassFixture<ServingTests.Uploaded>
{
    public sealed class Uploaded : IAsyncLifetime
    {
        public MediaSites Sites { get; } = new();
        public byte[] Png { get; } = TestImages.Png(1200, 900);
        public MediaItem Item { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await Sites.InitializeAsync();
            Item = await Sites.UploadToAlphaAsync(Png, "chart.png", "A chart");
        }

        public Task DisposeAsync()
        {
            Sites.Dispose();
            return Task.CompletedTask;
        }
    }

    private HttpClient Alpha => sites.Sites.ClientFor("alpha.localhost");

    [Fact]
    public async Task Original_is_served_with_long_cache_lifetime_and_its_content_type()
    {
        var response = await Alpha.GetAsync(MediaUrls.Of(sites.Item));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
        // The stored original is a clean re-encoding of the upload: same picture, no metadata.
        var served = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(sites.Item.Bytes, served.Length);
        using var image = SkiaSharp.SKBitmap.Decode(served);
        Assert.Equal((sites.Item.Width, sites.Item.Height), (image.Width, image.Height));
    }

    [Fact]
    public async Task Each_copy_is_served_at_the_url_its_srcset_gives()
    {
        var srcset = MediaUrls.Srcset(sites.Item);
        Assert.Equal(
            $"/media/{sites.Item.StoredName[..^4]}-480.png 480w, /media/{sites.Item.StoredName[..^4]}-960.png 960w, /media/{sites.Item.StoredName} 1200w",
            srcset);

        foreach (var url in srcset.Split(", ").Select(candidate => candidate.Split(' ')[0]))
        {
            var response = await Alpha.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task Unchanged_file_answers_not_modified()
    {
        var first = await Alpha.GetAsync(MediaUrls.Of(sites.Item));
        using var again = new HttpRequestMessage(HttpMethod.Get, MediaUrls.Of(sites.Item));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await Alpha.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Range_request_gets_part_of_the_file()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, MediaUrls.Of(sites.Item));
        request.Headers.Range = new RangeHeaderValue(0, 7);

        var response = await Alpha.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(sites.Png[..8], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Alpha_file_is_not_served_on_beta_by_the_same_path()
    {
        var response = await sites.Sites.ClientFor("beta.localhost").GetAsync(MediaUrls.Of(sites.Item));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Media_paths_are_not_served_on_the_platform()
    {
        var response = await sites.Sites.ClientFor("localhost").GetAsync(MediaUrls.Of(sites.Item));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Width_without_a_copy_is_not_found()
    {
        var response = await Alpha.GetAsync($"/media/{sites.Item.StoredName[..^4]}-1600.png");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/media/../folio.db")]
    [InlineData("/media/%2e%2e/folio.db")]
    [InlineData("/media/..%2ffolio.db")]
    [InlineData("/media/..%2Ffolio.db")]
    [InlineData("/media/..%5cfolio.db")]
    [InlineData("/media/%2e%2e%2f%2e%2e%2ffolio.db")]
    [InlineData("/media/2026/01/..%2f..%2f..%2f..%2ffolio.db")]
    [InlineData("/media/%252e%252e/folio.db")]
    [InlineData("/media/../../folio.db")]
    [InlineData("/media/2026/01/../../../../folio.db")]
    [InlineData("/media/.incoming-0")]
    public async Task Paths_outside_the_generated_names_are_not_found(string path)
    {
        // Straight to the app, decoded as a server decodes a request line but with no client or
        // server tidying the dot segments away first: the app must hold on its own.
        var context = await sites.Sites.Server.SendAsync(request =>
        {
            request.Request.Method = HttpMethods.Get;
            request.Request.Host = new HostString("alpha.localhost");
            request.Request.Path = PathString.FromUriComponent(path);
        });

        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
        Assert.DoesNotContain("SQLite format", await new StreamReader(context.Response.Body).ReadToEndAsync());
    }
}
