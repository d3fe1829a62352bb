using System.Xml.Linq;

namespace Folio.Features.Curation.Feeds;

/// <summary>Finds an item's picture among its RSS enclosures and Media RSS elements.</summary>
internal static class FeedImages
{
    public static readonly XNamespace Media = "http://search.yahoo.com/mrss/";

    /// <summary>
    /// The first image among, in order: <c>media:content</c> (also inside <c>media:group</c>) that is an
    /// image, <c>media:thumbnail</c>, and the enclosures the caller found.
    /// </summary>
    public static Uri? Find(IEnumerable<XElement> extensions, IEnumerable<(string? Url, string? MediaType)> enclosures, Uri baseUrl)
    {
        var media = extensions.SelectMany(element => element.Name == Media + "group" ? element.Elements() : [element]).ToList();
        var candidates = media
            .Where(element => element.Name == Media + "content" && IsImage((string?)element.Attribute("medium"), (string?)element.Attribute("type")))
            .Select(element => (string?)element.Attribute("url"))
            .Concat(media.Where(element => element.Name == Media + "thumbnail").Select(element => (string?)element.Attribute("url")))
            .Concat(enclosures.Where(enclosure => IsImage(null, enclosure.MediaType)).Select(enclosure => enclosure.Url));
        return candidates.Select(url => FeedUrls.Resolve(url, baseUrl)).FirstOrDefault(url => url is not null);
    }

    private static bool IsImage(string? medium, string? mediaType) =>
        medium == "image" || (mediaType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ?? false);
}
