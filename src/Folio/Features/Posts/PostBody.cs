namespace Folio.Features.Posts;

/// <summary>
/// A post's words with the HTML a page prints for them, made only by <see cref="Render"/>: the
/// editor, the REST API, curation and the WordPress import all store a body through it
/// (<see cref="Post.SetBody"/>), so none can store HTML the sanitiser has not seen.
/// </summary>
public sealed class PostBody
{
    private PostBody(string text, BodyFormat format, string html) => (Text, Format, Html) = (text, format, html);

    public string Text { get; }
    public BodyFormat Format { get; }
    public string Html { get; }

    /// <summary>Renders and sanitises the words (<see cref="PostBodyRenderer"/>); throws <see cref="MarkupRefusedException"/> for markup nested too deeply to parse.</summary>
    public static PostBody Render(string text, BodyFormat format) => new(text, format, PostBodyRenderer.ToSafeHtml(text, format));
}
