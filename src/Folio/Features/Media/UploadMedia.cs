using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.Extensions.Options;

namespace Folio.Features.Media;

/// <summary>
/// An image someone uploads to the current site's library. <c>FileName</c> is the name on the
/// uploader's machine: shown in the library, never used to store or to type the file.
/// </summary>
public sealed record UploadMedia(string FileName, Stream Content, string AltText)
{
    /// <summary>For a WordPress attachment being imported: its ID, claimed by the insert (a second copy is refused as a unique violation).</summary>
    public long? WordPressId { get; init; }

    /// <summary>For a WordPress attachment being imported: its path under WordPress's uploads folder, so old links find it.</summary>
    public string? WordPressPath { get; init; }
}

/// <summary>The saved item, or why nothing was saved (no row, no file).</summary>
public sealed record UploadMediaResult(MediaItem? Item, MediaRefusal? Refusal);

/// <summary>
/// Accepts a file only when its first bytes are a JPEG, PNG, GIF or WebP signature and SkiaSharp
/// decodes it completely; stores the original under a generated name, makes the responsive copies,
/// and records the item for the uploader.
/// </summary>
public sealed class UploadMediaHandler(
    FolioDbContext db, CurrentSite currentSite, SiteAccess access, MediaStorage storage, ImageWork imageWork, IOptions<MediaOptions> options, TimeProvider clock, Localizer T)
{
    /// <summary>Widths of the copies for srcset: a phone, a tablet or laptop column, a wide or dense screen.</summary>
    public static readonly int[] CopyWidths = [480, 960, 1600];

    private const int MaxOriginalNameLength = 255;

    public async Task<UploadMediaResult> HandleAsync(UploadMedia request, CancellationToken cancellationToken = default)
    {
        if (!MediaPermissions.MayUpload(await access.RoleAsync(cancellationToken)) || access.AccountId is not { } uploaderId)
            return Refused(MediaRefusal.Forbidden(T["Only authors, editors and administrators of this site may upload images."]));
        return await StoreAsync(request, uploaderId, cancellationToken);
    }

    /// <summary>
    /// Stores an image for the uploader without asking who is signed in: for work that acts for the
    /// site outside a request (curation's featured images), whose caller has decided who it is for.
    /// Every check on the image itself still applies.
    /// </summary>
    internal async Task<UploadMediaResult> StoreAsync(UploadMedia request, long uploaderId, CancellationToken cancellationToken)
    {
        if (AltText.Problem(request.AltText, T) is { } altProblem) return Refused(MediaRefusal.Invalid(altProblem));

        var name = DisplayName(request.FileName);
        var head = new byte[ImageKind.SignatureLength];
        var headLength = await request.Content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (ImageKind.Detect(head.AsSpan(0, headLength)) is not { } kind) return Refused(NotAnImage(name));

        var siteId = currentSite.Required.Id;
        var incoming = storage.IncomingPath(siteId);
        var stored = new List<string>();
        var saved = false;
        try
        {
            var bytes = await ReceiveAsync(head.AsMemory(0, headLength), request.Content, incoming, cancellationToken);
            if (bytes is null) return Refused(TooLarge(name));

            var uploadedAt = clock.GetUtcNow().UtcDateTime;
            var storedName = MediaNames.NewStoredName(uploadedAt, kind);
            int width, height;
            var copyWidths = new List<int>();
            using (var image = UploadedImage.Open(incoming))
            {
                if (image is null || image.Format != kind.Format) return Refused(Unreadable(name, kind));
                if (image.PixelCount > options.Value.MaxPixels) return Refused(TooManyPixels(name, image));
                // The header was read without one; the pixels and their copies wait for a slot.
                using var slot = await imageWork.EnterAsync(cancellationToken);
                using var pixels = image.DecodePixels();
                if (pixels is null) return Refused(Unreadable(name, kind));
                (width, height) = (image.Width, image.Height);

                foreach (var copyWidth in WidthsToMake(image, kind))
                {
                    using var copy = image.EncodeCopy(pixels, copyWidth, kind);
                    var path = storage.PathOf(siteId, MediaNames.CopyName(storedName, copyWidth));
                    stored.Add(path);
                    await storage.WriteAsync(path, copy.AsSpan().ToArray(), cancellationToken);
                    copyWidths.Add(copyWidth);
                }

                var originalPath = storage.PathOf(siteId, storedName);
                stored.Add(originalPath);
                if (IsStill(image, kind))
                {
                    // Published re-encoded, so no EXIF (GPS position, camera serial) reaches readers.
                    using var clean = image.EncodeClean(pixels, kind);
                    await storage.WriteAsync(originalPath, clean.AsSpan().ToArray(), cancellationToken);
                    bytes = clean.Size;
                }
                else
                {
                    storage.MoveInto(incoming, originalPath);
                }
            }

            var item = new MediaItem
            {
                UploaderId = uploaderId,
                OriginalName = name,
                StoredName = storedName,
                ContentType = kind.ContentType,
                Width = width,
                Height = height,
                Bytes = bytes.Value,
                AltText = request.AltText.Trim(),
                Sizes = string.Join(',', copyWidths),
                UploadedAt = uploadedAt,
                WordPressId = request.WordPressId,
                WordPressPath = request.WordPressPath,
            };
            db.Media.Add(item);
            await db.SaveChangesAsync(cancellationToken);
            saved = true;
            return new UploadMediaResult(item, null);
        }
        finally
        {
            // A refusal, a failure or a cancelled upload leaves no file behind.
            storage.DeleteQuietly(incoming);
            if (!saved) stored.ForEach(storage.DeleteQuietly);
        }
    }

    /// <summary>
    /// Copies the upload to <paramref name="path"/>, flushed to disk, and returns its length; or
    /// stops and returns null as soon as it grows past the cap, whatever length the request claimed.
    /// </summary>
    private async Task<long?> ReceiveAsync(ReadOnlyMemory<byte> head, Stream rest, string path, CancellationToken cancellationToken)
    {
        var cap = options.Value.MaxUploadBytes;
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await file.WriteAsync(head, cancellationToken);
        long total = head.Length;
        var buffer = new byte[81920];
        int read;
        while ((read = await rest.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > cap) return null;
            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        file.Flush(flushToDisk: true);
        return total;
    }

    /// <summary>
    /// Only copies narrower than the original help. Skia cannot write GIF, and a still copy of an
    /// animation would stop it moving: those keep their original alone.
    /// </summary>
    private static IEnumerable<int> WidthsToMake(UploadedImage image, ImageKind kind) =>
        IsStill(image, kind) ? CopyWidths.Where(width => width < image.Width) : [];

    private static bool IsStill(UploadedImage image, ImageKind kind) => kind != ImageKind.Gif && !image.IsAnimated;

    private static string DisplayName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        if (name.Length == 0) name = "image";
        return name.Length <= MaxOriginalNameLength ? name : name[..MaxOriginalNameLength];
    }

    private MediaRefusal NotAnImage(string name) =>
        MediaRefusal.Invalid(T["\"{0}\" is not a JPEG, PNG, GIF or WebP image, whatever its name says. Please choose a photo or picture in one of those formats.", name]);

    private MediaRefusal Unreadable(string name, ImageKind kind) =>
        MediaRefusal.Invalid(T["\"{0}\" starts like a {1} file but could not be read as one: it may be damaged or cut short. Please upload a JPEG, PNG, GIF or WebP image that opens on your computer.", name, kind.Name]);

    private MediaRefusal TooLarge(string name) =>
        MediaRefusal.TooLarge(T["\"{0}\" is larger than {1}, the largest image this site accepts. Please make it smaller and try again.", name, FileSizes.Readable(options.Value.MaxUploadBytes)]);

    private MediaRefusal TooManyPixels(string name, UploadedImage image) =>
        MediaRefusal.Invalid(T["\"{0}\" is {1} × {2} pixels; the largest image this site accepts is {3} megapixels.", name, image.Width, image.Height, options.Value.MaxPixels / 1_000_000]);

    private static UploadMediaResult Refused(MediaRefusal refusal) => new(null, refusal);
}
