using System.Globalization;
using Folio.Features.Fetching;
using Folio.Features.Media;
using SkiaSharp;

namespace Folio.Features.Identity.External;

/// <summary>
/// A provider's picture of a person, fetched once through the guarded fetcher, checked to be an
/// image, cut to a small square and served by Folio from then on: readers' browsers never ask
/// the provider, and a hostile "picture" address reaches nothing it should not.
/// </summary>
public sealed class ExternalAvatars(GuardedFetcher fetcher, MediaStorage storage, ILogger<ExternalAvatars> logger)
{
    private const int Size = 96;

    public static string Url(long identityId) => $"/avatar/external/{identityId.ToString(CultureInfo.InvariantCulture)}.png";

    /// <summary>Fetches and stores the picture; returns its Folio address, or null when it could not be had.</summary>
    public async Task<string?> FetchAsync(long identityId, string pictureUrl, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(pictureUrl, UriKind.Absolute, out var url)) return null;
        var fetched = await fetcher.GetAsync(url, cancellationToken);
        if (!fetched.Succeeded)
        {
            logger.LogInformation("The picture of outside identity {Identity} was not fetched: {Error}", identityId, fetched.Error);
            return null;
        }
        using var original = SKBitmap.Decode(fetched.Body);
        if (original is null) return null; // not an image Folio can read
        await storage.WriteAsync(PathOf(identityId), Square(original), cancellationToken);
        return Url(identityId);
    }

    public string PathOf(long identityId) =>
        Path.Combine(storage.PlatformFolder("avatars"), $"external-{identityId.ToString(CultureInfo.InvariantCulture)}.png");

    /// <summary>The middle square of the picture, scaled to <see cref="Size"/> pixels, as PNG.</summary>
    private static byte[] Square(SKBitmap original)
    {
        var side = Math.Min(original.Width, original.Height);
        var source = SKRectI.Create((original.Width - side) / 2, (original.Height - side) / 2, side, side);
        using var square = new SKBitmap(Size, Size);
        using (var canvas = new SKCanvas(square))
        using (var image = SKImage.FromBitmap(original))
            canvas.DrawImage(image, source, SKRect.Create(Size, Size), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var data = square.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
