using System.Text.Json.Serialization;
using Folio.Data;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Posts;

/// <summary>A post listed under another as related: what the "Related" list shows of it.</summary>
public sealed record RelatedPostView(string TitleMarkup, string Slug, DateTime PublishedAt, DateTime PublishedLocal)
{
    public string Path => PostPaths.Of(PostKind.Post, PublishedLocal, Slug);

    /// <summary>The title for the link, with its inline markup (<see cref="PostTitles"/>).</summary>
    [JsonIgnore]
    public IHtmlContent TitleHtml => PostTitles.Html(TitleMarkup);
}

/// <summary>
/// The "Related" posts under a post, as Jetpack shows them on WordPress.com: up to
/// <see cref="Count"/> other public posts of the site that share its tags and categories, the
/// most shared first, then the newest. Read once into the post page's read model
/// (<see cref="PostPageReadModel"/>), which every post saved evicts with the site's tag.
/// </summary>
public sealed class RelatedPosts(FolioDbContext db, TimeProvider clock)
{
    public const int Count = 3;

    /// <summary>
    /// A tag in common counts for more than a category: a site has few broad categories and many
    /// narrow tags, so a shared tag says more about what two posts are about.
    /// </summary>
    private const int TagWeight = 2;

    /// <summary>
    /// One query. Protected posts are left out: their titles may be public, but a list of
    /// suggestions leading to a password form is no suggestion.
    /// </summary>
    public async Task<IReadOnlyList<RelatedPostView>> ForPostAsync(long postId, CancellationToken cancellationToken)
    {
        var tags = db.PostTags.Where(t => t.PostId == postId).Select(t => t.TagId);
        var categories = db.PostCategories.Where(c => c.PostId == postId).Select(c => c.CategoryId);
        return await db.Posts.AsNoTracking()
            .Where(PostVisibility.IsPublicAt(clock.GetUtcNow().UtcDateTime))
            .Where(p => p.Kind == PostKind.Post && p.Id != postId && p.Password == null)
            .Select(p => new
            {
                Post = p,
                Shared = p.Tags.Count(t => tags.Contains(t.TagId)) * TagWeight + p.Categories.Count(c => categories.Contains(c.CategoryId)),
            })
            .Where(r => r.Shared > 0)
            .OrderByDescending(r => r.Shared).ThenByDescending(r => r.Post.PublishedAt).ThenByDescending(r => r.Post.Id)
            .Take(Count)
            .Select(r => new RelatedPostView(r.Post.Title, r.Post.Slug, r.Post.PublishedAt!.Value, r.Post.PublishedLocal!.Value))
            .ToListAsync(cancellationToken);
    }
}
