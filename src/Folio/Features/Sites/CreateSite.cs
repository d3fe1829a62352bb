using Folio.Data;
using Folio.Features.Posts;
using Folio.Features.Themes;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Sites;

/// <summary>Creates a site administered by an existing account.</summary>
public sealed record CreateSite(string Slug, string Title, long OwnerAccountId, string Tagline = "")
{
    public string Theme { get; init; } = ThemeCatalog.DefaultName;

    /// <summary>The language readers see the site in (<see cref="Site.Language"/>).</summary>
    public string Language { get; init; } = Catalogues.English;
    /// <summary>The IANA name of the site's time zone; null gives <see cref="SiteTimeZones.Default"/>.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Start the site with a draft welcome post, open in the editor after sign-up.</summary>
    public bool WithWelcomePost { get; init; }
}

/// <summary>The new site (and its welcome draft), or why it could not be created (nothing was saved then).</summary>
public sealed record CreateSiteResult(SiteView? Site, string? Error, long? WelcomePostId = null);

public sealed class CreateSiteHandler(FolioDbContext db, CurrentSite currentSite, SavePostHandler savePost, Catalogues catalogues, TimeProvider clock, Localizer T)
{
    public async Task<CreateSiteResult> HandleAsync(CreateSite request, CancellationToken cancellationToken = default)
    {
        var slug = request.Slug.Trim().ToLowerInvariant();
        if (SiteSlug.Problem(slug, T) is { } problem) return new CreateSiteResult(null, problem);
        if (string.IsNullOrWhiteSpace(request.Title)) return new CreateSiteResult(null, T["A site needs a title."]);
        if (request.Title.Trim().Length > 200) return new CreateSiteResult(null, T["A site title can be at most {0} characters long.", 200]);
        if (catalogues.Problem(request.Language, T) is { } unknownLanguage) return new CreateSiteResult(null, unknownLanguage);
        if (request.TimeZone is not null && SiteTimeZones.Problem(request.TimeZone, T) is { } zoneProblem) return new CreateSiteResult(null, zoneProblem);
        if (await db.Sites.AnyAsync(s => s.Slug == slug, cancellationToken)) return Taken(slug);

        var theme = ThemeCatalog.Find(request.Theme);
        var site = new Site
        {
            Slug = slug,
            Title = request.Title.Trim(),
            Tagline = request.Tagline.Trim(),
            Theme = theme.Name,
            Language = catalogues.Find(request.Language)!.Code,
            AccentColor = theme.DefaultAccent,
            TimeZone = request.TimeZone is null ? SiteTimeZones.Default : SiteTimeZones.Find(request.TimeZone)!.Id,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        // Joins a transaction of the caller's (the demo seeding), which then commits all at once.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
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
        var welcome = request.WithWelcomePost ? await savePost.HandleAsync(WelcomePost(site, request.OwnerAccountId), cancellationToken) : null;
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return new CreateSiteResult(view, null, welcome?.PostId);
    }

    private static SavePost WelcomePost(Site site, long authorId) => new()
    {
        AuthorId = authorId,
        Title = $"Welcome to {site.Title}",
        Body = """
            This is your first post, saved as a draft. Change these words, then press **Publish**.

            Write in Markdown: `**bold**`, `*italic*`, `[a link](https://example.org)`, `## a heading`.
            To repost a news article, fill in its original address below: your post will end with
            "Read original article here." linking to it.
            """,
        Status = PostStatus.Draft,
    };

    private CreateSiteResult Taken(string slug) =>
        new(null, T["The address \"{0}\" is already taken; please choose another.", slug]);
}
