using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Html;

namespace Folio.Features.Posts;

public sealed record AuthorView(string DisplayName, string Name)
{
    public string Path => PostPaths.Author(Name);
}

public sealed record TermView(string Name, string Slug);

/// <summary>A post as every reader-facing surface shows it: pages, feeds, sitemap, API.</summary>
public sealed record PostView(
    long Id,
    PostKind Kind,
    string Title,
    string Slug,
    string BodyHtml,
    string Excerpt,
    DateTime PublishedAt,
    DateTime PublishedLocal,
    DateTime UpdatedAt,
    AuthorView Author,
    IReadOnlyList<TermView> Categories,
    IReadOnlyList<TermView> Tags,
    string? OriginalUrl,
    string? SourceName,
    bool CanonicalToOriginal,
    string? OriginalAuthor,
    bool NoIndex,
    bool CommentsOpen,
    bool LikesOpen,
    string? FeaturedImageUrl,
    int CommentCount)
{
    /// <summary>Whether the post has a password: then <see cref="BodyHtml"/> is empty here, and only the post page reads the words (see <see cref="PostProtection"/>).</summary>
    public bool IsProtected { get; init; }

    /// <summary>WordPress's post format, for themes to style: <c>format-aside</c> on the article.</summary>
    public PostFormat Format { get; init; }

    /// <summary>The title as written, with the inline markup it may have (<see cref="PostTitles"/>); <see cref="Title"/> is its text.</summary>
    public string TitleMarkup { get; init; } = "";

    /// <summary>The title for headings.</summary>
    [JsonIgnore]
    public IHtmlContent TitleHtml => PostTitles.Html(TitleMarkup);

    public string Path => PostPaths.Of(Kind, PublishedLocal, Slug);
    public bool IsCurated => OriginalUrl is not null;
}

/// <summary>
/// What a listing is of: the home page, an archive, or search results (whose
/// <paramref name="Query"/>, such as <c>?s=words</c>, every page link keeps).
/// </summary>
public sealed record ArchiveView(string? Heading, string BasePath, string? FeedPath, string Query = "");

public sealed record PostListView(IReadOnlyList<PostView> Posts, ArchiveView Archive, int Page, int TotalPages)
{
    /// <summary>The posts of this page that the site keeps at the top of its front page.</summary>
    public IReadOnlySet<long> StickyIds { get; init; } = new HashSet<long>();

    public string? NewerPath => Page > 1 ? PathOf(Page - 1) : null;
    public string? OlderPath => Page < TotalPages ? PathOf(Page + 1) : null;

    private string PathOf(int page) => PostPaths.Paged(Archive.BasePath, page) + Archive.Query;
}
