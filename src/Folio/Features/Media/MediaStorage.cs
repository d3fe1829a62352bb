using System.Globalization;
using Folio.Infrastructure;
using Microsoft.Extensions.Options;

namespace Folio.Features.Media;

/// <summary>
/// The media folder on disk: <c>Folio:MediaDirectory</c>, or <c>{DataDirectory}/media</c>, with
/// one folder per site. Files appear whole or not at all (written aside, then renamed), so a
/// reader or a crash never sees half an image.
/// </summary>
public sealed class MediaStorage(IOptions<FolioOptions> options, ILogger<MediaStorage> logger)
{
    private string Root
    {
        get
        {
            var folio = options.Value;
            return string.IsNullOrWhiteSpace(folio.MediaDirectory)
                ? Path.Combine(folio.DataDirectoryFullPath, "media")
                : Path.GetFullPath(folio.MediaDirectory);
        }
    }

    public string SiteFolder(long siteId) => Path.Combine(Root, siteId.ToString(CultureInfo.InvariantCulture));

    /// <summary>The platform's own folder beside the sites' (pictures of outside identities, which belong to no site).</summary>
    public string PlatformFolder(string name)
    {
        var folder = Path.Combine(Root, "platform", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>
    /// The full path of a file of the site. Names come from <see cref="MediaNames"/>, but the path
    /// is checked to stay inside the site's folder all the same: a slip elsewhere must not become
    /// a way to read or overwrite any other file.
    /// </summary>
    public string PathOf(long siteId, string name)
    {
        var folder = SiteFolder(siteId) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(folder, name.Replace('/', Path.DirectorySeparatorChar)));
        return path.StartsWith(folder, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException($"The media name \"{name}\" leads outside the site's folder.");
    }

    /// <summary>A new, unused path in the site's folder for an upload being received; the folder exists.</summary>
    public string IncomingPath(long siteId)
    {
        var folder = SiteFolder(siteId);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $".incoming-{Guid.NewGuid():N}");
    }

    /// <summary>Writes a new file: to a temporary name beside it, flushed to disk, then renamed into place.</summary>
    public async Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var temporary = TemporaryBeside(path);
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await file.WriteAsync(content, cancellationToken);
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, path);
        }
        finally
        {
            DeleteQuietly(temporary);
        }
    }

    /// <summary>Renames a complete file (already flushed, on the same disk) to its final path.</summary>
    public void MoveInto(string completeFile, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Move(completeFile, path);
    }

    /// <summary>
    /// Removes a file if it is there. A file that cannot be removed is only logged: the row that
    /// made it reachable is what counts, and without it the file is never served.
    /// </summary>
    public void DeleteQuietly(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(exception, "Could not remove the media file {Path}.", path);
        }
    }

    private static string TemporaryBeside(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return Path.Combine(Path.GetDirectoryName(path)!, $".writing-{Guid.NewGuid():N}");
    }
}
