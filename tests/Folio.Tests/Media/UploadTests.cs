using System.Net;
using Folio.Features.Media;
using Folio.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Folio.Tests.Media;

/// <summary>What an upload accepts (by content, within the caps) and what it makes of it.</summary>
public sealed class UploadTests(MediaSites sites) : IClassFixture<MediaSites>
{
    [Fact]
    public async Task Large_photo_gets_decodable_copies_at_each_narrower_width()
    {
        var item = await sites.UploadToAlphaAsync(TestImages.Jpeg(3000, 2000), "harbour.jpg", "The harbour at dawn");

        Assert.Equal(("image/jpeg", 3000, 2000, "480,960,1600"), (item.ContentType, item.Width, item.Height, item.Sizes));
        Assert.Equal("The harbour at dawn", item.AltText);
        Assert.Equal("harbour.jpg", item.OriginalName);
        Assert.Matches(@"^\d{4}/\d{2}/[0-9a-f]{20}\.jpg$", item.StoredName);
        var folder = await sites.SiteFolderAsync("alpha");
        foreach (var (width, height) in new[] { (480, 320), (960, 640), (1600, 1067) })
        {
            using var copy = SKBitmap.Decode(Path.Combine(folder, item.StoredName.Replace(".jpg", $"-{width}.jpg")));
            Assert.Equal((width, height), (copy.Width, copy.Height));
        }
        using var original = SKBitmap.Decode(Path.Combine(folder, item.StoredName));
        Assert.Equal(3000, original.Width);
    }

    [Fact]
    public async Task An_upload_beyond_the_concurrent_image_work_waits_for_a_slot_then_goes_through()
    {
        var work = sites.Services.GetRequiredService<ImageWork>();
        var slots = sites.Services.GetRequiredService<IOptions<MediaOptions>>().Value.ConcurrentImageWork;
        var held = new List<IDisposable>();
        for (var i = 0; i < slots; i++) held.Add(await work.EnterAsync(CancellationToken.None));

        var upload = sites.UploadToAlphaAsync(TestImages.Png(600, 400), "queued.png");

        Assert.True(SpinWait.SpinUntil(() => work.Waiting == 1 || upload.IsCompleted, TimeSpan.FromMinutes(1)), "The upload neither waited nor finished.");
        Assert.False(upload.IsCompleted, "The upload decoded its image while every slot was taken.");
        held.ForEach(slot => slot.Dispose());
        Assert.Equal(600, (await upload).Width);
    }

    [Fact]
    public async Task Small_image_gets_only_the_copies_narrower_than_itself()
    {
        var item = await sites.UploadToAlphaAsync(TestImages.Png(1000, 500), "diagram.png");

        Assert.Equal("480,960", item.Sizes);
        Assert.Equal(3, (await sites.FilesAsync("alpha")).Count(file => file.StartsWith(item.StoredName[..^4], StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Type_comes_from_the_content_so_a_png_named_jpg_is_a_png()
    {
        var item = await sites.UploadToAlphaAsync(TestImages.Png(640, 480), "holiday.jpg");

        Assert.Equal("image/png", item.ContentType);
        Assert.EndsWith(".png", item.StoredName);
        Assert.Equal("holiday.jpg", item.OriginalName);
    }

    [Fact]
    public async Task Webp_and_gif_are_accepted()
    {
        var webp = await sites.UploadToAlphaAsync(TestImages.Webp(1200, 800), "banner.webp");
        var gif = await sites.UploadToAlphaAsync(TestImages.Gif(), "pixel.gif");

        Assert.Equal(("image/webp", "480,960"), (webp.ContentType, webp.Sizes));
        Assert.Equal(("image/gif", 1, 1, ""), (gif.ContentType, gif.Width, gif.Height, gif.Sizes));
    }

    [Fact]
    public async Task Phone_photo_copies_are_upright_and_carry_no_exif()
    {
        var item = await sites.UploadToAlphaAsync(TestImages.SidewaysPhoneJpeg(3000, 2000), "IMG_0001.JPG");

        Assert.Equal((2000, 3000, "480,960,1600"), (item.Width, item.Height, item.Sizes));
        var folder = await sites.SiteFolderAsync("alpha");
        var copyBytes = await File.ReadAllBytesAsync(Path.Combine(folder, item.StoredName.Replace(".jpg", "-960.jpg")));
        using var copy = SKBitmap.Decode(copyBytes);
        Assert.Equal((960, 1440), (copy.Width, copy.Height));
        Assert.False(TestImages.ContainsBytes(copyBytes, "Exif"u8));
    }

    [Fact]
    public async Task Phone_photo_original_is_published_upright_without_its_exif()
    {
        var item = await sites.UploadToAlphaAsync(TestImages.SidewaysPhoneJpeg(1200, 800), "IMG_0002.JPG");

        var originalBytes = await File.ReadAllBytesAsync(Path.Combine(await sites.SiteFolderAsync("alpha"), item.StoredName));
        using var original = SKBitmap.Decode(originalBytes);
        Assert.Equal((800, 1200), (original.Width, original.Height));
        Assert.False(TestImages.ContainsBytes(originalBytes, "Exif"u8));
        Assert.Equal(originalBytes.Length, item.Bytes);
    }

    [Fact]
    public async Task Text_file_named_like_a_png_is_refused_and_nothing_is_stored()
    {
        var response = await RefusedUploadAsync(MediaSites.Author, "Dear diary, this is not a picture."u8.ToArray(), "photo.png");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"photo.png\" is not a JPEG, PNG, GIF or WebP image", Assert.Single(await response.ErrorsAsync()));
    }

    [Fact]
    public async Task Damaged_image_is_refused()
    {
        var png = TestImages.Png(400, 300);

        var response = await RefusedUploadAsync(MediaSites.Author, png[..(png.Length / 2)], "cut.png");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("could not be read as one", Assert.Single(await response.ErrorsAsync()));
    }

    [Fact]
    public async Task Image_claiming_a_huge_canvas_is_refused_before_decoding()
    {
        var response = await RefusedUploadAsync(MediaSites.Author, TestImages.PngClaiming(20_000, 20_000), "bomb.png");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("20000 × 20000 pixels; the largest image this site accepts is 40 megapixels", Assert.Single(await response.ErrorsAsync()));
    }

    [Fact]
    public async Task File_just_over_the_cap_is_refused_with_the_limit_named()
    {
        // Within the request allowance, so the handler itself counts the bytes and refuses.
        var content = TestImages.Png(10, 10).Concat(new byte[MediaSites.UploadCap]).ToArray();

        var response = await RefusedUploadAsync(MediaSites.Author, content, "huge.png");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("\"huge.png\" is larger than 1 MB, the largest image this site accepts", Assert.Single(await response.ErrorsAsync()));
    }

    [Fact]
    public async Task Request_far_over_the_cap_is_refused_unread()
    {
        var content = TestImages.Png(10, 10).Concat(new byte[3 * MediaSites.UploadCap]).ToArray();

        var response = await RefusedUploadAsync(MediaSites.Author, content, "enormous.png");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 1 MB, the largest image this site accepts. Nothing was saved.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Contributor_cannot_upload_and_nothing_is_stored()
    {
        var contributor = await sites.AlphaAsync(MediaSites.Contributor);
        var library = await contributor.GetDocumentAsync("/admin/media/");
        Assert.Null(library.QuerySelector("input[type=file]"));

        var response = await RefusedUploadAsync(MediaSites.Contributor, TestImages.Png(100, 100), "mine.png");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Only authors, editors and administrators of this site may upload images.", Assert.Single(await response.ErrorsAsync()));
    }

    /// <summary>Uploads as this member of alpha and checks that no row and no file came of it.</summary>
    private async Task<HttpResponseMessage> RefusedUploadAsync(string email, byte[] content, string fileName)
    {
        var itemsBefore = (await sites.ItemsAsync("alpha")).Count;
        var filesBefore = await sites.FilesAsync("alpha");

        var response = await (await sites.AlphaAsync(email)).UploadAsync(content, fileName);

        Assert.Equal(itemsBefore, (await sites.ItemsAsync("alpha")).Count);
        Assert.Equal(filesBefore, await sites.FilesAsync("alpha"));
        return response;
    }
}
