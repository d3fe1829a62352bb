using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Features.Sites;

namespace Folio.Bench;

/// <summary>
/// The generated posts and comments of the benchmark datasets, each as the product would have
/// saved it: published posts already announced (so no follower mail goes out for them), slugs
/// unique in their site, approved comments with rendered bodies, every fifth a reply.
/// </summary>
internal sealed class BenchRows(int seed)
{
    /// <summary>Every fifth comment replies to the one before it, so pages draw threads too.</summary>
    private const int ReplyEvery = 5;

    private readonly FillerText text = new(seed);

    /// <summary>A published post of about 160 words in four paragraphs.</summary>
    public Post Post(long id, long siteId, long authorId, string slug, DateTime publishedAt)
    {
        var markdown = text.Paragraphs(4, 40);
        var excerpt = markdown.Split("\n\n")[0];
        var post = new Post
        {
            Id = id,
            SiteId = siteId,
            AuthorId = authorId,
            Title = text.Title(6),
            Slug = slug,
            Excerpt = excerpt.Length <= 300 ? excerpt : excerpt[..300],
            Status = PostStatus.Published,
            CreatedAt = publishedAt,
            UpdatedAt = publishedAt,
            AnnouncedAt = publishedAt,
        };
        post.SetBody(PostBody.Render(markdown, BodyFormat.Markdown));
        post.SetPublishedAt(publishedAt, SiteClock.Utc); // the benchmark's sites keep the default zone
        return post;
    }

    /// <summary>A post's discussion: <paramref name="count"/> approved comments, a minute apart after <paramref name="from"/>.</summary>
    public IEnumerable<Comment> Discussion(long siteId, long postId, int count, DateTime from, Func<long> nextId)
    {
        long? previous = null;
        for (var i = 0; i < count; i++)
        {
            var reader = i % 40 + 1; // a few regulars, as on a real blog: each keeps one avatar on the site
            var body = text.Title(24) + ".";
            var comment = new Comment
            {
                Id = nextId(),
                SiteId = siteId,
                PostId = postId,
                ParentId = i % ReplyEvery == ReplyEvery - 1 ? previous : null,
                AuthorName = $"Reader {reader}",
                AuthorEmail = $"reader-{reader}@example.com",
                AvatarSeed = $"{siteId * 1000 + reader:x16}",
                Body = body,
                Status = CommentStatus.Approved,
                CreatedAt = from.AddMinutes(i + 1),
            };
            previous = comment.Id;
            yield return comment;
        }
    }
}
