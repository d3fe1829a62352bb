namespace Folio.Features.Posts;

/// <summary>
/// WordPress's post formats: a hint to the theme about what kind of post it is (a short aside, a
/// quote, a link), kept so that a site moved from WordPress keeps them, and given back on export
/// and by the REST API (<c>format</c>) under WordPress's names, the members' names in lower case.
/// </summary>
public enum PostFormat
{
    Standard,
    Aside,
    Chat,
    Gallery,
    Link,
    Image,
    Quote,
    Status,
    Video,
    Audio,
}
