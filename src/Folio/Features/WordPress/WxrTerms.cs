using Folio.Data;
using Folio.Features.Posts;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.WordPress;

/// <summary>
/// Categories and tags of an import, matched by slug within the site: a term the site already
/// has is used as it is; a new one is inserted, and a unique violation (another import, or a
/// post saved at the same moment) means it exists after all. Folio's categories are flat, so a
/// WordPress category's parent is reported, not kept.
/// </summary>
public sealed class WxrTerms(FolioDbContext db, Localizer T)
{
    public async Task ImportAsync(ImportRun run, WxrTerm term, CancellationToken cancellationToken)
    {
        if (term.Kind == WxrTermKind.Format)
        {
            run.Summary.Add(ImportKind.OtherTerm, T["post formats: kept on their posts"]);
            return;
        }
        if (term.Kind == WxrTermKind.Menu) return; // counted with its items (WxrMenus)
        if (term.Kind == WxrTermKind.Other)
        {
            run.Summary.Add(ImportKind.OtherTerm, T["skipped: Folio has only categories and tags"]);
            return;
        }
        var (id, added) = await IdAsync(run, term.Kind, term.Slug, term.Name, cancellationToken);
        if (id is { } known && term.WordPressId > 0) run.TermIdsByWordPressId[(term.Kind, term.WordPressId)] = known;
        if (!added) run.Summary.Add(KindOf(term.Kind), run.Summary.AlreadyImported);
        if (term.ParentSlug is not null) run.Summary.Add(ImportKind.NotKept, T["category parents (Folio's categories are flat; each keeps its own address)"]);
    }

    /// <summary>The term's id, adding it when the site lacks it; null for a term without a usable slug or name.</summary>
    public async Task<(long? Id, bool Added)> IdAsync(ImportRun run, WxrTermKind kind, string slug, string name, CancellationToken cancellationToken)
    {
        slug = slug.Length is > 0 and <= Slugs.MaxLength ? slug : Slugs.From(name);
        if (slug.Length == 0) return (null, false);
        if (run.TermIds.TryGetValue((kind, slug), out var known)) return (known, false);
        var (id, added) = kind == WxrTermKind.Category
            ? await FindOrAddAsync(db.Categories, slug, name, cancellationToken)
            : await FindOrAddAsync(db.Tags, slug, name, cancellationToken);
        run.TermIds[(kind, slug)] = id;
        // Counted here, so terms named only on posts (WordPress's exporter lists only used ones in the header) count too.
        if (added) run.Summary.Add(KindOf(kind), run.Summary.Imported);
        return (id, added);
    }

    private static ImportKind KindOf(WxrTermKind kind) => kind == WxrTermKind.Category ? ImportKind.Category : ImportKind.Tag;

    private async Task<(long Id, bool Added)> FindOrAddAsync<TTerm>(DbSet<TTerm> terms, string slug, string name, CancellationToken cancellationToken)
        where TTerm : class, ITerm, new()
    {
        if (await ExistingAsync(terms, slug, cancellationToken) is { } existing) return (existing, false);
        var term = terms.Add(new TTerm { Slug = slug, Name = Shorten(name.Length > 0 ? name : slug) }).Entity;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (term.Id, true);
        }
        catch (DbUpdateException taken) when (UniqueViolation.Is(taken))
        {
            db.Entry(term).State = EntityState.Detached;
            return ((await ExistingAsync(terms, slug, cancellationToken))!.Value, false);
        }
    }

    private static async Task<long?> ExistingAsync<TTerm>(DbSet<TTerm> terms, string slug, CancellationToken cancellationToken) where TTerm : class, ITerm =>
        await terms.Where(t => t.Slug == slug).Select(t => (long?)t.Id).FirstOrDefaultAsync(cancellationToken);

    private static string Shorten(string name) => name.Length <= 200 ? name : name[..200];
}
