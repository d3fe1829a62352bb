using System.Security.Cryptography;
using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.WordPress;

/// <summary>
/// Imports an item's comments with their threading, authors, dates and approval states. Parents
/// go in before their replies; each comment is claimed by its (site, WordPress ID) key, so a
/// resumed import adds exactly the ones that were missing. Text is rendered with the comment
/// allow-list, as a comment written here would be. Pingbacks and trackbacks are not comments in Folio.
/// </summary>
public sealed class WxrComments(FolioDbContext db, TimeProvider clock, Localizer T)
{
    private const int DeepestThread = 100;

    public async Task ImportAsync(ImportRun run, long postId, WxrItem item, CancellationToken cancellationToken)
    {
        var byId = item.Comments.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var comment in byId.Values.OrderBy(c => Depth(c, byId)).ThenBy(c => c.Id))
        {
            if (comment.Type is "pingback" or "trackback")
            {
                run.Summary.Add(ImportKind.Comment, T["skipped: pingbacks and trackbacks"]);
                continue;
            }
            try
            {
                run.Summary.Add(ImportKind.Comment, await InsertAsync(postId, comment, cancellationToken) ? run.Summary.Imported : run.Summary.AlreadyImported);
            }
            catch (MarkupRefusedException)
            {
                run.Summary.Add(ImportKind.Comment, run.Summary.TooDeep);
            }
        }
    }

    /// <summary>How many ancestors a comment has within the item (a cycle in a hand-edited file stops the count).</summary>
    private static int Depth(WxrComment comment, Dictionary<long, WxrComment> byId)
    {
        var depth = 0;
        for (var at = comment; at.ParentId != 0 && byId.TryGetValue(at.ParentId, out var parent) && depth < DeepestThread; at = parent) depth++;
        return depth;
    }

    private async Task<bool> InsertAsync(long postId, WxrComment source, CancellationToken cancellationToken)
    {
        // An import run again finds every comment there: a look spares each one a refused insert,
        // which EF Core would log as a failure although nothing is wrong. The key still decides a race.
        if (await db.Comments.AnyAsync(c => c.WordPressId == source.Id, cancellationToken)) return false;
        var email = source.AuthorEmail.Trim();
        if (email.Length > CommentLimits.EmailLength) email = "";
        var comment = db.Comments.Add(new Comment
        {
            PostId = postId,
            ParentId = source.ParentId == 0 ? null : await LocalIdAsync(postId, source.ParentId, cancellationToken),
            AuthorName = Shorten(source.AuthorName.Trim() is { Length: > 0 } name ? name : "Anonymous", CommentLimits.NameLength),
            AuthorEmail = email,
            AuthorUrl = Uri.TryCreate(source.AuthorUrl.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.AbsoluteUri.Length <= CommentLimits.UrlLength
                ? url.AbsoluteUri
                : null,
            AvatarSeed = await AvatarSeedAsync(email, cancellationToken),
            Body = source.Content,
            Status = source.Approved switch
            {
                "1" or "approve" => CommentStatus.Approved,
                "spam" => CommentStatus.Spam,
                "trash" or "post-trashed" => CommentStatus.Trash,
                _ => CommentStatus.Pending,
            },
            CreatedAt = source.DateGmt ?? source.DateLocal ?? clock.GetUtcNow().UtcDateTime,
            IpAddress = source.AuthorIp.Trim() is { Length: > 0 and <= 45 } ip ? ip : null,
            WordPressId = source.Id,
        }).Entity;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException taken) when (UniqueViolation.Is(taken))
        {
            db.Entry(comment).State = EntityState.Detached;
            return false;
        }
    }

    /// <summary>The local id of the parent, imported just before; null when it is not in the file (WordPress leaves spam out of exports).</summary>
    private async Task<long?> LocalIdAsync(long postId, long wordPressId, CancellationToken cancellationToken) =>
        await db.Comments.Where(c => c.PostId == postId && c.WordPressId == wordPressId).Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The seed this email already has on the site, so one person keeps one picture; else a new random one.</summary>
    private async Task<string> AvatarSeedAsync(string email, CancellationToken cancellationToken) =>
        await db.Comments.Where(c => c.AuthorEmail == email && c.ExternalIdentityId == null).Select(c => c.AvatarSeed).FirstOrDefaultAsync(cancellationToken)
            ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length];
}
