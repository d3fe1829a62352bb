using System.Text.RegularExpressions;

namespace Folio.Features.WordPress;

/// <summary>
/// Finds the exported site's own images in a post's HTML, so the import can copy them and point
/// the post at the copies, and the post keeps its pictures when the old site is gone. A body
/// names whichever size it shows, and sizes are files beside the upload: WordPress's
/// <c>harbour-300x200.png</c> and <c>harbour-scaled.png</c>, Folio's <c>3fe1….jpg</c> and
/// <c>3fe1…-480.jpg</c>. An address is matched to its upload by its path (under
/// <c>/wp-content/uploads/</c> when there is one), as it is, then without a size, and only on
/// the export's own hosts, so another site's image of the same name is never taken for one of
/// this site's.
/// </summary>
public sealed partial class AttachmentAddresses
{
    private readonly Dictionary<string, long> byUpload = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> hosts = new(StringComparer.OrdinalIgnoreCase);

    public AttachmentAddresses(IReadOnlyDictionary<long, string> attachmentUrls, string? baseSiteUrl)
    {
        if (Uri.TryCreate(baseSiteUrl, UriKind.Absolute, out var site)) hosts.Add(site.Host);
        foreach (var (id, url) in attachmentUrls)
        {
            if (Key(url) is not var (host, upload)) continue;
            hosts.Add(host);
            byUpload.TryAdd(upload, id);
            // WordPress names a large upload "-scaled" and keeps its original, which a body may show, beside it.
            byUpload.TryAdd(UploadsPaths.WithoutSize(upload), id);
        }
    }

    /// <summary>The attachments the HTML shows, by their WordPress IDs.</summary>
    public IReadOnlyCollection<long> In(string html) =>
        ImageAddress().Matches(html).Select(match => IdOf(match.Value)).OfType<long>().ToHashSet();

    /// <summary>The HTML with each of the site's images pointing at its local copy, where <paramref name="localUrl"/> has one.</summary>
    public string Localise(string html, Func<long, string?> localUrl) =>
        ImageAddress().Replace(html, match => IdOf(match.Value) is { } id && localUrl(id) is { } local ? local : match.Value);

    private long? IdOf(string address)
    {
        if (Key(address) is not var (host, upload) || !hosts.Contains(host)) return null;
        foreach (var candidate in new[] { upload, UploadsPaths.WithoutSize(upload), FolioSize().Replace(upload, "") })
            if (byUpload.TryGetValue(candidate, out var id)) return id;
        return null;
    }

    /// <summary>The host and the upload's path (from its uploads folder on, in a WordPress address), or null when it is not an absolute address.</summary>
    private static (string Host, string Upload)? Key(string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)) return null;
        return (uri.Host, UploadsPaths.Of(uri.AbsolutePath) ?? Uri.UnescapeDataString(uri.AbsolutePath));
    }

    /// <summary>An absolute image address as it stands in src, srcset or href.</summary>
    [GeneratedRegex(@"https?://[^\s""'<>(),]+?\.(?:jpe?g|png|gif|webp|avif)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImageAddress();

    /// <summary>Folio's copies (see MediaNames.CopyName); tried last, as a WordPress upload may end in a number of its own.</summary>
    [GeneratedRegex(@"-\d+(?=\.[A-Za-z0-9]+$)")]
    private static partial Regex FolioSize();
}
