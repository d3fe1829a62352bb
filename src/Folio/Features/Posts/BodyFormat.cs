namespace Folio.Features.Posts;

public enum BodyFormat
{
    Markdown,
    Html,
}
