using System.Globalization;
using Folio.Data;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Posts;

/// <summary>Creates or updates a post of the current site.</summary>
public sealed record SavePost
{
    /// <summary>The post to update; null creates one.</summary>
    public long? PostId { get; init; }

    public PostKind Kind { get; init; } = PostKind.Post;
    public required long AuthorId { get; init; }

    /// <summary>Who makes this change, when not the author (an editor); recorded with the revision.</summary>
    public long? EditedBy { get; init; }
    public required string Title { get; init; }
    public string? Slug { get; init; }
    public string Body { get; init; } = "";
    public BodyFormat BodyFormat { get; init; } = BodyFormat.Markdown;
    public string? Excerpt { get; init; }
    public PostStatus Status { get; init; } = PostStatus.Draft;

    /// <summary>UTC. Required for a scheduled post; defaults to now when publishing.</summary>
    public DateTime? PublishedAt { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? OriginalUrl { get; init; }
    public string? SourceName { get; init; }
    public bool CanonicalToOriginal { get; init; }

    /// <summary>For a repost: who wrote the original, when known.</summary>
    public string? OriginalAuthor { get; init; }

    /// <summary>Asks search engines not to index the post (a full copy of another site's article).</summary>
    public bool NoIndex { get; init; }
    public bool CommentsOpen { get; init; } = true;
    public bool LikesOpen { get; init; } = true;

    /// <summary>Keeps the post at the top of the front page; ignored for static pages.</summary>
    public bool Sticky { get; init; }

    /// <summary>The password readers must give to see the post; null or empty for an open post.</summary>
    public string? Password { get; init; }
    public string? FeaturedImageUrl { get; init; }

    /// <summary>For a page: the page of this site it sits under, or null at the top.</summary>
    public long? ParentId { get; init; }

    /// <summary>For a page: its place among its siblings.</summary>
    public int MenuOrder { get; init; }

    /// <summary>For a post: its WordPress post format.</summary>
    public PostFormat Format { get; init; }

    /// <summary>WordPress's custom fields (a name may repeat), replacing the post's; null leaves them as they are.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? CustomFields { get; init; }
}

/// <summary>The saved post, or what is wrong with the request (nothing was saved then).</summary>
public sealed record SavePostResult(long? PostId, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

public sealed class SavePostHandler(
    FolioDbContext db,
    CurrentSite currentSite,
    IOutputCacheStore cache,
    TimeProvider clock,
    Localizer T)
{
    /// <summary>Whether a static page may not live at <c>/{slug}/</c>, because the site answers that path itself.</summary>
    /// <summary>What a reader sees of a post, without characters that no page, feed or database can carry (a paste from a binary file, a broken client).</summary>
    private static SavePost WithCleanText(SavePost request) => request with
    {
        Title = UnicodeText.Clean(request.Title),
        Body = UnicodeText.Clean(request.Body),
        Excerpt = request.Excerpt is null ? null : UnicodeText.Clean(request.Excerpt),
        Categories = [.. request.Categories.Select(UnicodeText.Clean)],
        Tags = [.. request.Tags.Select(UnicodeText.Clean)],
        SourceName = request.SourceName is null ? null : UnicodeText.Clean(request.SourceName),
        OriginalAuthor = request.OriginalAuthor is null ? null : UnicodeText.Clean(request.OriginalAuthor),
    };

    /// <summary>Whether a page at <c>/{slug}/</c> would be shadowed by (or shadow) an address the site answers itself; a number is a year's archive.</summary>
    public static bool IsReservedPageSlug(string slug) => ReservedPageSlugs.Contains(slug) || (slug.Length > 0 && slug.All(char.IsAsciiDigit));

    /// <summary>Top-level paths the site answers itself, which a static page would shadow.</summary>
    private static readonly HashSet<string> ReservedPageSlugs =
        ["feed", "page", "category", "tag", "author", "admin", "login", "logout", "signup", "media", "css", "js", "wp-json", "wp-admin", "not-found", "error", "healthz"];

    /// <summary>How deep pages may nest; deeper than any site's navigation shows.</summary>
    private const int MaxPageDepth = 10;

    public async Task<SavePostResult> HandleAsync(SavePost request, CancellationToken cancellationToken = default)
    {
        request = WithCleanText(request);
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = Validate(request);
        if (errors.Count > 0) return new SavePostResult(null, errors);
        PostBody body;
        try
        {
            body = PostBody.Render(request.Body, request.BodyFormat);
        }
        catch (MarkupRefusedException)
        {
            return new SavePostResult(null, [MarkupLimits.Refusal(T)]);
        }

        var post = request.PostId is { } id
            ? await db.Posts.Include(p => p.Categories).Include(p => p.Tags).FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            : null;
        if (request.PostId is not null && post is null)
            return new SavePostResult(null, [T["That post does not exist on this site."]]);
        // Trashed posts wait, unchanged, to be restored (TrashPostHandler) or deleted.
        if (post?.Status == PostStatus.Trash)
            return new SavePostResult(null, [T["This post is in the Trash. Restore it before you change it."]]);
        if (request.Status == PostStatus.Trash)
            throw new ArgumentException("Posts go to the Trash through TrashPostHandler, which dates them for emptying.", nameof(request));
        if (post is not null) KeepRevision(post, request, now);
        // The address readers may have been given, to keep leading them here if this save moves the post.
        var leaving = post is not null && PostVisibility.IsPublicNow(post, now) ? PostMoves.PathOf(post) : null;
        post ??= db.Posts.Add(new Post { Title = "", Slug = "", CreatedAt = now }).Entity;

        post.Kind = request.Kind;
        post.AuthorId = request.AuthorId;
        post.Title = request.Title.Trim();
        var madeExcerpt = post.Excerpt == PostExcerpts.Generate(post.BodyHtml) ? post.Excerpt : null;
        post.SetBody(body);
        // A form or client that sends back the summary it was shown, made from the words as they
        // were, has written nothing: the summary is made again from the words as they are.
        var written = request.Excerpt?.Trim() ?? "";
        post.Excerpt = written.Length == 0 || written == madeExcerpt ? PostExcerpts.Generate(post.BodyHtml) : written;
        post.Status = request.Status;
        post.SetPublishedAt(request.Status == PostStatus.Draft ? request.PublishedAt : request.PublishedAt ?? post.PublishedAt ?? now, currentSite.Required.Clock);
        post.UpdatedAt = now;
        post.OriginalUrl = string.IsNullOrWhiteSpace(request.OriginalUrl) ? null : request.OriginalUrl.Trim();
        post.SourceName = string.IsNullOrWhiteSpace(request.SourceName) ? null : request.SourceName.Trim();
        post.CanonicalToOriginal = post.OriginalUrl is not null && request.CanonicalToOriginal;
        post.OriginalAuthor = post.OriginalUrl is null || string.IsNullOrWhiteSpace(request.OriginalAuthor) ? null : request.OriginalAuthor.Trim();
        post.NoIndex = request.NoIndex;
        post.CommentsOpen = request.CommentsOpen;
        post.LikesOpen = request.LikesOpen;
        post.Sticky = request.Kind == PostKind.Post && request.Sticky;
        post.Password = string.IsNullOrEmpty(request.Password) ? null : request.Password;
        post.FeaturedImageUrl = string.IsNullOrWhiteSpace(request.FeaturedImageUrl) ? null : request.FeaturedImageUrl.Trim();
        post.MenuOrder = request.Kind == PostKind.Page ? request.MenuOrder : 0;
        post.Format = request.Kind == PostKind.Post ? request.Format : PostFormat.Standard;
        if (request.Kind == PostKind.Page && await ParentProblemAsync(post.Id, request.ParentId, cancellationToken) is { } parentProblem)
        {
            db.ChangeTracker.Clear();
            return new SavePostResult(null, [parentProblem]);
        }
        post.ParentId = request.Kind == PostKind.Page ? request.ParentId : null;
        var slug = request.Slug is { Length: > 0 } wanted ? Slugs.From(wanted) : Slugs.From(post.Title);
        // A title with nothing a slug keeps ("???", an emoji) gives the post its number for an
        // address, as WordPress does; a new post has its number once it is inserted, so that
        // insert and this save are one transaction.
        await using var numbering = slug.Length == 0 && post.Id == 0 && db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (slug.Length == 0 && post.Id == 0)
        {
            post.Slug = $"unnumbered-{Guid.NewGuid():N}";
            await db.SaveChangesAsync(cancellationToken);
        }
        post.Slug = await db.UniquePostSlugAsync(post.Kind, slug.Length > 0 ? slug : PostSlugs.Numbered(post.Kind, post.Id), post.Id, cancellationToken);
        if (post.Kind == PostKind.Page && IsReservedPageSlug(post.Slug))
        {
            db.ChangeTracker.Clear(); // nothing of this refused save may ride along with a later one
            return new SavePostResult(null, [T["A page cannot live at /{0}/: the site uses that address itself. Choose another slug.", post.Slug]]);
        }

        await AssignTermsAsync(post, request, cancellationToken);
        if (request.CustomFields is { } fields) await ReplaceCustomFieldsAsync(post, fields, cancellationToken);
        if (leaving is not null) await db.RecordMoveAsync(post.Id, leaving, PostMoves.PathOf(post), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (numbering is not null) await numbering.CommitAsync(cancellationToken);
        await cache.EvictSiteAsync(currentSite.Required.Id, cancellationToken);
        return new SavePostResult(post.Id, []);
    }

    /// <summary>Why the page cannot sit under that parent: not a page of this site, or the page itself or one below it.</summary>
    private async Task<string?> ParentProblemAsync(long pageId, long? parentId, CancellationToken cancellationToken)
    {
        if (parentId is not { } ancestor) return null;
        if (!await db.Posts.AnyAsync(p => p.Id == ancestor && p.Kind == PostKind.Page, cancellationToken))
            return T["The parent page does not exist on this site."];
        // Walks up from the parent: meeting the page itself means it would sit under its own child.
        for (var steps = 0; ancestor != 0 && steps < MaxPageDepth; steps++)
        {
            if (ancestor == pageId) return T["A page cannot sit under itself or under one of its own subpages."];
            ancestor = await db.Posts.Where(p => p.Id == ancestor).Select(p => p.ParentId).FirstOrDefaultAsync(cancellationToken) ?? 0;
        }
        if (ancestor == 0) return null;
        return T["Pages can be nested at most {0} levels deep.", MaxPageDepth];
    }

    /// <summary>Keeps the words as they were before this save, when this save changes them, so they can be restored.</summary>
    private void KeepRevision(Post post, SavePost request, DateTime now)
    {
        if (post.Title == request.Title.Trim() && post.Body == request.Body && post.BodyFormat == request.BodyFormat) return;
        db.PostRevisions.Add(new PostRevision
        {
            PostId = post.Id,
            AuthorId = request.EditedBy ?? request.AuthorId,
            Title = post.Title,
            Body = post.Body,
            BodyFormat = post.BodyFormat,
            Excerpt = post.Excerpt,
            CreatedAt = now,
        });
    }

    private List<string> Validate(SavePost request)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(request.Title)) errors.Add(T["A post needs a title."]);
        else if (request.Title.Length > 300) errors.Add(T["A title can be at most 300 characters long."]);
        if (request.Status == PostStatus.Scheduled && request.PublishedAt is null)
            errors.Add(T["A scheduled post needs the date and time it should go live."]);
        if (request.OriginalUrl is { Length: > 0 } original &&
            !(Uri.TryCreate(original.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            errors.Add(T["The original article's address must be a full http:// or https:// link."]);
        if (request.FeaturedImageUrl is { Length: > 0 } image && !image.StartsWith('/'))
            errors.Add(T["The featured image must be one of the site's own uploads."]);
        if (request.Password?.Length > PostProtection.PasswordLength)
            errors.Add(T["A post's password can be at most {0} characters long.", PostProtection.PasswordLength]);
        foreach (var key in (request.CustomFields ?? []).Select(field => field.Key).Distinct())
        {
            if (key.StartsWith('_')) errors.Add(T["The custom field \"{0}\" starts with \"_\", which WordPress keeps for its own bookkeeping: choose a name without it.", key]);
            else if (key.Length > PostCustomField.KeyLength) errors.Add(T["A custom field's name can be at most {0} characters long.", PostCustomField.KeyLength]);
        }
        if (request.PublishedAt is { Kind: not DateTimeKind.Utc })
            throw new ArgumentException("PublishedAt must be UTC.", nameof(request));
        return errors;
    }

    private async Task ReplaceCustomFieldsAsync(Post post, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        if (post.Id != 0) await db.Entry(post).Collection(p => p.CustomFields).LoadAsync(cancellationToken);
        post.CustomFields.Clear();
        post.CustomFields.AddRange(fields.Select(field => new PostCustomField { Key = field.Key, Value = field.Value }));
    }

    private async Task AssignTermsAsync(Post post, SavePost request, CancellationToken cancellationToken)
    {
        var categories = await FindOrAddAsync(db.Categories, request.Categories, cancellationToken);
        post.Categories.RemoveAll(link => !categories.Any(c => c.Id != 0 && c.Id == link.CategoryId));
        foreach (var category in categories.Where(c => !post.Categories.Any(link => c.Id != 0 && link.CategoryId == c.Id)))
            post.Categories.Add(new PostCategory { Category = category });

        var tags = await FindOrAddAsync(db.Tags, request.Tags, cancellationToken);
        post.Tags.RemoveAll(link => !tags.Any(t => t.Id != 0 && t.Id == link.TagId));
        foreach (var tag in tags.Where(t => !post.Tags.Any(link => t.Id != 0 && link.TagId == t.Id)))
            post.Tags.Add(new PostTag { Tag = tag });
    }

    /// <summary>The site's terms with these names (matched by slug), adding the missing ones.</summary>
    private static async Task<List<TTerm>> FindOrAddAsync<TTerm>(DbSet<TTerm> terms, IReadOnlyList<string> names, CancellationToken cancellationToken)
        where TTerm : class, ITerm, new()
    {
        var wanted = names.Select(name => name.Trim())
            .Select(name => (Name: name, Slug: Slugs.From(name)))
            .Where(term => term.Slug.Length > 0)
            .DistinctBy(term => term.Slug)
            .ToList();
        var slugs = wanted.Select(term => term.Slug).ToList();
        var existing = await terms.Where(term => slugs.Contains(term.Slug)).ToListAsync(cancellationToken);
        return wanted
            .Select(term => existing.FirstOrDefault(e => e.Slug == term.Slug)
                ?? terms.Add(new TTerm { Name = term.Name, Slug = term.Slug }).Entity)
            .ToList();
    }
}
