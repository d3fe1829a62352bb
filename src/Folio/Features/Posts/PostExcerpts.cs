namespace Folio.Features.Posts;

/// <summary>
/// A post's summary, as WordPress makes it: the excerpt written by hand, else the first words of
/// the body, made again whenever the body changes. <see cref="Post.Excerpt"/> holds the summary
/// either way, so every page reads one column; an excerpt equal to the one the body would give
/// counts as made, not written (written so, it would read the same anyway).
/// </summary>
public static class PostExcerpts
{
    public const int GeneratedLength = 300;

    /// <summary>The summary made from a body (its rendered, sanitised HTML).</summary>
    public static string Generate(string bodyHtml) => PostBodyRenderer.ToPlainText(bodyHtml, GeneratedLength);

    /// <summary>The excerpt written by hand, or "" when the stored one is made from this body.</summary>
    public static string HandWritten(string excerpt, string bodyHtml) => excerpt == Generate(bodyHtml) ? "" : excerpt;
}
