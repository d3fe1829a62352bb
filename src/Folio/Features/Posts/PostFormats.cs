namespace Folio.Features.Posts;

/// <summary>
/// <see cref="PostFormat"/> under WordPress's names: <c>aside</c> in the REST API, the term
/// <c>post-format-aside</c> of the <c>post_format</c> taxonomy in an export.
/// </summary>
public static class PostFormats
{
    public const string Taxonomy = "post_format";
    private const string TermPrefix = "post-format-";

    public static string Name(PostFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>The format with WordPress's name, or null for a name WordPress does not have.</summary>
    public static PostFormat? FromName(string name) =>
        Enum.GetValues<PostFormat>().Select(f => (PostFormat?)f).FirstOrDefault(f => Name(f!.Value) == name);

    public static string TermSlug(PostFormat format) => TermPrefix + Name(format);

    public static PostFormat? FromTermSlug(string slug) =>
        slug.StartsWith(TermPrefix, StringComparison.Ordinal) ? FromName(slug[TermPrefix.Length..]) : null;
}
