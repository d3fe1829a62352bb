using Folio.Features.Sites;

namespace Folio.Features.Curation;

/// <summary>
/// The "Read original article here." line under a repost, from the site's template
/// (<see cref="Site.AttributionText"/>): the words become the link to the original, and
/// a closing full stop or similar stays outside it, as readers and screen readers expect.
/// </summary>
public static class Attribution
{
    private static readonly char[] ClosingPunctuation = ['.', '!', '?', ':', ';', ',', ' '];

    /// <param name="template">The site's words, with <c>{source}</c> and <c>{author}</c> where the names go.</param>
    /// <param name="source">The publication, when known.</param>
    /// <param name="author">The writer, when known; the publication stands in when not.</param>
    public static (string LinkText, string After) Link(string template, string? source, string? author)
    {
        var publication = string.IsNullOrWhiteSpace(source) ? "the original publication" : source.Trim();
        var writer = string.IsNullOrWhiteSpace(author) ? publication : author.Trim();
        var filled = (string.IsNullOrWhiteSpace(template) ? Site.DefaultAttributionText : template.Trim())
            .Replace("{source}", publication, StringComparison.Ordinal)
            .Replace("{author}", writer, StringComparison.Ordinal);
        var linkText = filled.TrimEnd(ClosingPunctuation);
        return linkText.Length == 0 ? ("Read original article here", filled) : (linkText, filled[linkText.Length..]);
    }
}
