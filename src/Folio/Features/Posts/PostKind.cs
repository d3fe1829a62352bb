namespace Folio.Features.Posts;

public enum PostKind
{
    /// <summary>A dated entry: in listings and feeds, at <c>/{yyyy}/{MM}/{dd}/{slug}/</c>.</summary>
    Post,

    /// <summary>A static page (About, Contact): at <c>/{slug}/</c>, never in listings or feeds.</summary>
    Page,
}
