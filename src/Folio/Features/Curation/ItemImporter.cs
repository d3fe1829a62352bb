using Folio.Data;
using Folio.Features.Curation.Feeds;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Curation;

/// <summary>What became of one item of a feed, for the source's log, the dashboard and the command line.</summary>
public sealed record ItemReport(string Title, string? Link, ItemOutcome Outcome, string? Reason, long? PostId);

/// <summary>
/// Imports one feed item into the current site under the source's rules. Every step that must
/// happen once is decided by a unique key rather than by a look first: the item is claimed by
/// inserting its <see cref="SourceItem"/>, the article by inserting its <see cref="CuratedOriginal"/>
/// (through <see cref="StoryClaims"/>, whose short transaction holds only that insert). No longer
/// step runs inside a transaction, because on PostgreSQL a refused insert spoils the rest of one.
/// </summary>
public sealed class ItemImporter(
    FolioDbContext db,
    SavePostHandler savePost,
    PostBodies bodies,
    FeaturedImages images,
    StoryClaims stories,
    RepostsElsewhere elsewhere,
    IOutputCacheStore cache,
    TimeProvider clock)
{
    /// <summary>What became of the item, or null when this source offered it before (or another importer is at it now).</summary>
    public async Task<ItemReport?> ImportAsync(Source source, ParsedFeedItem item, CancellationToken cancellationToken)
    {
        var claim = await ClaimAsync(source, item, cancellationToken);
        if (claim is null) return null;

        var (outcome, reason, postId) = await DecideAsync(source, item, cancellationToken);
        await db.SourceItems.Where(i => i.Id == claim.Id).ExecuteUpdateAsync(i => i
            .SetProperty(x => x.Outcome, outcome)
            .SetProperty(x => x.Reason, reason == null ? null : AddSourceHandler.Shorten(reason, 500))
            .SetProperty(x => x.PostId, postId), cancellationToken);
        // A feed brings many items through this one context: forget each one's rows once decided.
        db.ChangeTracker.Clear();
        return new ItemReport(claim.Title, claim.Link, outcome, reason, postId);
    }

    /// <summary>What recognises an item of a source again: its GUID, else its link, else its title.</summary>
    public static string KeyOf(ParsedFeedItem item) => ItemKeys.Of(item.Id.Length > 0 ? item.Id : item.Link?.AbsoluteUri ?? item.Title);

    private async Task<SourceItem?> ClaimAsync(Source source, ParsedFeedItem item, CancellationToken cancellationToken)
    {
        var link = item.Link?.AbsoluteUri;
        var claim = db.SourceItems.Add(new SourceItem
        {
            SourceId = source.Id,
            ItemKey = KeyOf(item),
            Title = AddSourceHandler.Shorten(TitleOf(item), 300),
            Link = link?.Length <= 2048 ? link : null,
            // What the log says if this server dies before the item is decided.
            Outcome = ItemOutcome.Failed,
            Reason = "the import did not finish",
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        }).Entity;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return claim;
        }
        catch (DbUpdateException seen) when (UniqueViolation.Is(seen))
        {
            // A refused row would otherwise be inserted again by the next save.
            db.Entry(claim).State = EntityState.Detached;
            return null;
        }
    }

    private async Task<(ItemOutcome, string?, long?)> DecideAsync(Source source, ParsedFeedItem item, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var text = PostBodies.PlainText(item);
        if (ImportRules.WhyFiltered(source, text) is { } filtered) return (ItemOutcome.Filtered, filtered, null);
        if (ImportRules.WhyTooOld(source, item.Published ?? item.Updated, now) is { } tooOld) return (ItemOutcome.TooOld, tooOld, null);
        if (item.Link is not { } link) return (ItemOutcome.Failed, "the item links to no original article", null);

        var urlHash = OriginalUrls.Hash(link);
        var sameUrl = await db.CuratedOriginals.AsNoTracking().FirstOrDefaultAsync(o => o.UrlHash == urlHash, cancellationToken);
        if (sameUrl is not null) return await DuplicateAsync(sameUrl, source, link, StoryClaims.SameArticle, cancellationToken);
        if (await SiteAdministrators.FirstAsync(db, cancellationToken) is not { } authorId)
            return (ItemOutcome.Failed, "the site has no administrator to be the author of imported posts", null);

        var body = await bodies.MakeAsync(source, item, cancellationToken);
        // Checked here too, before anything is saved; the claim below settles a race.
        var fingerprint = SimHash.Of(PostBodies.StoryText(item, body));
        if (fingerprint is { } print && await stories.SameStoryAsync(print, now, cancellationToken) is { } sameStory)
            return await DuplicateAsync(sameStory, source, link, StoryClaims.SameStory, cancellationToken);
        // A picture that cannot be copied leaves the post without one rather than failing the import.
        var featured = body.ImageUrl is { } imageUrl ? await images.CopyAsync(imageUrl, authorId, cancellationToken) : null;
        var draft = new SavePost
        {
            AuthorId = authorId,
            Title = AddSourceHandler.Shorten(TitleOf(item), 300),
            Body = body.Html,
            BodyFormat = BodyFormat.Html,
            Status = PostStatus.Draft,
            Categories = source.Category is { Length: > 0 } category ? [category] : [],
            Tags = [.. source.Tags.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), .. item.Categories],
            OriginalUrl = link.AbsoluteUri,
            SourceName = source.Name,
            OriginalAuthor = item.Author is { } writer ? AddSourceHandler.Shorten(writer, 200) : null,
            CanonicalToOriginal = source.CanonicalToOriginal,
            NoIndex = body.IsFullCopy && source.NoIndexFullCopies,
            FeaturedImageUrl = featured,
        };
        var saved = await savePost.HandleAsync(draft, cancellationToken);
        if (saved.PostId is not { } postId) return (ItemOutcome.Failed, string.Join(" ", saved.Errors), null);

        // The post exists only as a draft until the story is claimed for it, so a duplicate
        // that loses a race is never seen by a reader.
        var claim = new CuratedOriginal
        {
            UrlHash = urlHash,
            Url = AddSourceHandler.Shorten(link.AbsoluteUri, 2048),
            // 0 stands for "no fingerprint": a text too short to have one matches nothing.
            SimHash = fingerprint ?? 0,
            PostId = postId,
            CreatedAt = now,
        };
        if (await stories.ClaimAsync(claim, source.SiteId, cancellationToken) is { } earlier)
        {
            await db.Posts.Where(p => p.Id == postId).ExecuteDeleteAsync(cancellationToken);
            return await DuplicateAsync(earlier.Original, source, link, earlier.What, cancellationToken);
        }

        if (source.Mode == ImportMode.Publish)
        {
            var published = await savePost.HandleAsync(draft with { PostId = postId, Status = PostStatus.Published }, cancellationToken);
            if (!published.Succeeded) return (ItemOutcome.Imported, $"kept as a draft: {string.Join(" ", published.Errors)}", postId);
            // Other sites' reposts of the article name this one under "Also reported by" from now on.
            foreach (var other in await elsewhere.PostIdsAsync(urlHash, source.SiteId, cancellationToken))
                await cache.EvictByTagAsync(CacheTags.Post(other), cancellationToken);
        }
        return (ItemOutcome.Imported, body.Note, postId);
    }

    /// <summary>Names this source under the existing repost ("Also reported by"), once per publication.</summary>
    private async Task<(ItemOutcome, string?, long?)> DuplicateAsync(CuratedOriginal original, Source source, Uri link, string what, CancellationToken cancellationToken)
    {
        var reposted = await db.Posts.AsNoTracking().Where(p => p.Id == original.PostId).Select(p => p.SourceName).FirstOrDefaultAsync(cancellationToken);
        if (reposted != source.Name)
        {
            var line = $"{source.Name}\t{link.AbsoluteUri}\n";
            var named = source.Name + "\t";
            // One statement, so two importers appending at once both land.
            var changed = await db.CuratedOriginals
                .Where(o => o.Id == original.Id && !o.AlsoReportedBy.Contains(named) && o.AlsoReportedBy.Length + line.Length <= 4000)
                .ExecuteUpdateAsync(o => o.SetProperty(x => x.AlsoReportedBy, x => x.AlsoReportedBy + line), cancellationToken);
            if (changed > 0) await cache.EvictByTagAsync(CacheTags.Post(original.PostId), cancellationToken);
        }
        return (ItemOutcome.Duplicate, $"{what} as the repost of {original.Url}", original.PostId);
    }

    private static string TitleOf(ParsedFeedItem item) =>
        item.Title.Trim() is { Length: > 0 } title ? title : item.Link?.Host ?? "Untitled";
}
