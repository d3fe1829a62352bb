using Folio.Data;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Sites;

/// <summary>Creates a site administered by an existing account.</summary>
public sealed record CreateSite(string Slug, string Title, long OwnerAccountId, string Tagline = "");

/// <summary>The new site, or why it could not be created (nothing was saved then).</summary>
public sealed record CreateSiteResult(SiteView? Site, string? Error);

public sealed class CreateSiteHandler(FolioDbContext db, CurrentSite currentSite, TimeProvider clock)
{
    public async Task<CreateSiteResult> HandleAsync(CreateSite request, CancellationToken cancellationToken = default)
    {
        var slug = request.Slug.Trim().ToLowerInvariant();
        if (SiteSlug.Problem(slug) is { } problem) return new CreateSiteResult(null, problem);
        if (string.IsNullOrWhiteSpace(request.Title)) return new CreateSiteResult(null, "A site needs a title.");
        if (await db.Sites.AnyAsync(s => s.Slug == slug, cancellationToken)) return Taken(slug);

        var site = new Site { Slug = slug, Title = request.Title.Trim(), Tagline = request.Tagline.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Sites.Add(site);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return Taken(slug);
        }

        var view = SiteView.From(site);
        currentSite.Use(view);
        db.SiteMembers.Add(new SiteMember { AccountId = request.OwnerAccountId, Role = SiteRole.Administrator, CreatedAt = site.CreatedAt });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CreateSiteResult(view, null);
    }

    private static CreateSiteResult Taken(string slug) =>
        new(null, $"The address \"{slug}\" is already taken; please choose another.");
}
