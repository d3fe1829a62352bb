using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.WordPress;

/// <summary>
/// Imports a WordPress export file into the current site. <paramref name="AuthorMap"/> holds
/// <c>login=email</c> entries; authors not named there write as <paramref name="ImportingAccountId"/>.
/// </summary>
public sealed record ImportWxr(string FilePath, long ImportingAccountId, IReadOnlyList<string> AuthorMap);

/// <summary>The summary, or why nothing was imported.</summary>
public sealed record ImportWxrResult(ImportSummary? Summary, IReadOnlyList<string> Errors);

/// <summary>How far an import is: entries done of those in the file, bytes read of its length.</summary>
public sealed record ImportProgress(int Items, int TotalItems, long BytesRead, long TotalBytes);

/// <summary>
/// The import: a first pass checks the whole file (a refused file changes nothing), a second
/// streams it entry by entry. Every row it adds is claimed by a unique key (a post's, comment's
/// or attachment's WordPress ID within the site; a term's slug), inserted and kept or refused by
/// the database, so running the same file again, or again after a failure, adds nothing twice.
/// IDs from the file are only ever compared within the current site's rows.
/// </summary>
public sealed class ImportWxrHandler(
    FolioDbContext db,
    CurrentSite currentSite,
    WxrPosts posts,
    WxrComments comments,
    WxrTerms terms,
    ImportedAttachments attachments,
    WxrMenus menus,
    IOutputCacheStore cache,
    Localizer T)
{
    public async Task<ImportWxrResult> HandleAsync(ImportWxr request, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var (map, mapErrors) = await AuthorMap.ResolveAsync(db, request.AuthorMap, request.ImportingAccountId, T, cancellationToken);
        if (map is null) return new ImportWxrResult(null, mapErrors);

        WxrSurvey survey;
        await using (var file = File.OpenRead(request.FilePath))
        {
            try
            {
                survey = await WxrReader.SurveyAsync(file, T, cancellationToken);
            }
            catch (WxrRefusedException refused)
            {
                return new ImportWxrResult(null, [refused.Message]);
            }
        }

        var run = new ImportRun(survey, map, request.ImportingAccountId, T);
        var version = survey.IsNewerThanKnown
            ? T["WXR {0}, newer than the {1} Folio knows: what is new in it may not be imported", survey.Version, WxrSurvey.LatestKnownVersion]
            : $"WXR {survey.Version}";
        run.Summary.Source = survey.BaseSiteUrl is { } exported
            ? T.Plural(survey.ItemCount, "WordPress export ({1}) of {2}: {0} item", "WordPress export ({1}) of {2}: {0} items", version, exported)
            : T.Plural(survey.ItemCount, "WordPress export ({1}) of an unnamed site: {0} item", "WordPress export ({1}) of an unnamed site: {0} items", version);
        await using (var file = File.OpenRead(request.FilePath))
        {
            var items = 0;
            try
            {
                await foreach (var entry in WxrReader.ReadAsync(file, T, cancellationToken))
                {
                    await ImportAsync(run, entry, cancellationToken);
                    // Each entry's rows are saved; forget them so memory stays flat over a long file.
                    db.ChangeTracker.Clear();
                    if (entry is WxrItem) items++;
                    progress?.Report(new ImportProgress(items, survey.ItemCount, file.Position, file.Length));
                }
            }
            catch (WxrRefusedException changed)
            {
                // Only a file replaced between the check and the import gets here.
                await cache.EvictSiteAsync(currentSite.Required.Id, cancellationToken);
                return new ImportWxrResult(null, [T.Plural(items, "The file changed while it was being imported, after {0} item. {1} What was imported stays; importing the whole file again adds only the rest.", "The file changed while it was being imported, after {0} items. {1} What was imported stays; importing the whole file again adds only the rest.", changed.Message)]);
            }
        }
        await posts.PlaceUnderParentsAsync(run, cancellationToken);
        await menus.PlaceAsync(run, survey.BaseSiteUrl, cancellationToken);
        await cache.EvictSiteAsync(currentSite.Required.Id, cancellationToken);
        return new ImportWxrResult(run.Summary, []);
    }

    private async Task ImportAsync(ImportRun run, WxrEntry entry, CancellationToken cancellationToken)
    {
        if (entry is WxrItem { Foreign: { Count: > 0 } foreignElements })
            foreach (var name in foreignElements) run.Summary.Add(ImportKind.NotRead, name);
        switch (entry)
        {
            case WxrAuthor author:
                run.Summary.Add(ImportKind.Author, run.Authors.IsMapped(author.Login) ? T["mapped to a member of this site"] : T["written as the importing user"]);
                await run.Authors.RememberAsync(db, author.Login, cancellationToken);
                break;
            case WxrTerm term:
                await terms.ImportAsync(run, term, cancellationToken);
                break;
            case WxrForeign foreign:
                run.Summary.Add(ImportKind.NotRead, foreign.Name);
                break;
            case WxrItem { Type: "post" or "page" } item:
                // A download must not hold the database's write lock: the featured image and the
                // images the post shows are copied first.
                if (item.ThumbnailId is { } thumbnail) await run.AttachmentAsync(attachments, thumbnail, cancellationToken);
                foreach (var shown in run.AttachmentsIn(item.Content)) await run.AttachmentAsync(attachments, shown, cancellationToken);
                // One commit per post with its comments: a post never lands without them, and a long file
                // costs one flush to disk per item rather than one per row. Each insert inside runs under
                // EF's savepoint, so an "already imported" refusal leaves the rest of the transaction usable.
                await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
                {
                    if (await posts.ImportAsync(run, item, cancellationToken) is { } postId)
                        await comments.ImportAsync(run, postId, item, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
                break;
            case WxrItem { Type: "nav_menu_item" } menuItem:
                run.MenuItems.Add(menuItem);
                break;
            case WxrItem { Type: "attachment" } attachment:
                await ImportAttachmentAsync(run, attachment, cancellationToken);
                break;
            case WxrItem other:
                run.Summary.Add(ImportKind.OtherItem, other.Type.Length > 0 ? T["skipped: {0}", other.Type] : T["skipped: no type"]);
                break;
        }
    }

    private async Task ImportAttachmentAsync(ImportRun run, WxrItem attachment, CancellationToken cancellationToken)
    {
        if (attachment.AttachmentUrl is null)
        {
            run.Summary.Add(ImportKind.Attachment, T["skipped: no file address"]);
            return;
        }
        var copy = await run.AttachmentAsync(attachments, attachment.Id, cancellationToken);
        run.Summary.Add(ImportKind.Attachment, copy switch
        {
            { LocalUrl: not null, WasThere: true } => run.Summary.AlreadyImported,
            { LocalUrl: not null } => T["copied into the media library"],
            _ => T["kept as a link to the original ({0})", copy.Problem ?? ""],
        });
    }
}
