using Folio.Data;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Folio.Features.Sites;

/// <summary>The current site's address, reading, discussion and likes settings, and its time zone and visibility (null keeps them).</summary>
public sealed record UpdateSiteSettings(
    string? CustomDomain, int PostsPerPage, CommentModeration CommentModeration, int CommentThreadDepth, int CommentLinkLimit,
    string ModerationWords = "", string BlocklistWords = "", int? CloseCommentsAfterDays = null, bool LikesEnabled = true,
    string? AttributionText = null, string? Language = null, string? TimeZone = null, string? Visibility = null);

public sealed partial class UpdateSiteSettingsHandler(
    FolioDbContext db, CurrentSite currentSite, SiteDirectory directory, IOutputCacheStore cache, Catalogues catalogues, IOptions<FolioOptions> options, Localizer T)
{
    /// <summary>Saves the settings; returns why they could not be saved (nothing was), or null.</summary>
    public async Task<string?> HandleAsync(UpdateSiteSettings request, CancellationToken cancellationToken = default)
    {
        var domain = string.IsNullOrWhiteSpace(request.CustomDomain) ? null : request.CustomDomain.Trim().TrimEnd('.').ToLowerInvariant();
        if (domain is not null)
        {
            if (Uri.CheckHostName(domain) != UriHostNameType.Dns || !domain.Contains('.') || domain.Length > 253)
                return T["A custom domain is a host name such as blog.example.com, without http:// or a path."];
            var root = options.Value.RootDomain;
            if (domain == root || domain.EndsWith("." + root, StringComparison.Ordinal))
                return T["Addresses under {0} belong to the platform; use a domain of your own.", root];
        }
        if (request.PostsPerPage is < 1 or > 50) return T["Posts per page must be between 1 and 50."];
        if (request.TimeZone is not null && SiteTimeZones.Problem(request.TimeZone, T) is { } zoneProblem) return zoneProblem;
        if (!Enum.IsDefined(request.CommentModeration)) return T["Choose which comments wait for a moderator."];
        if (request.CommentThreadDepth is < 1 or > 10) return T["Replies can nest from 1 to 10 deep."];
        if (request.CommentLinkLimit is < 0 or > 50) return T["The number of links before a comment is held must be between 0 and 50."];
        if (request.CloseCommentsAfterDays is < 1 or > 36_500) return T["Comments can close after 1 day or more; leave the field empty to keep them open."];
        if (request.AttributionText?.Trim().Length > 300) return T["The attribution line can be at most 300 characters long."];
        if (request.Language is not null && catalogues.Problem(request.Language, T) is { } unknownLanguage) return unknownLanguage;
        SiteVisibility? visibility = request.Visibility is null ? null : SiteVisibilities.Parse(request.Visibility);
        if (request.Visibility is not null && visibility is null) return T["Choose who may see the site: public, coming soon or private."];
        if (request.ModerationWords.Length > 10_000 || request.BlocklistWords.Length > 10_000) return T["A word list can be at most 10,000 characters long."];

        var before = currentSite.Required;
        if (domain is not null && await CustomDomainVerification.IsVerifiedElsewhereAsync(db, domain, before.Id, cancellationToken))
            return CustomDomainVerification.TakenMessage(T, domain);
        var site = await db.Sites.SingleAsync(s => s.Id == before.Id, cancellationToken);
        if (site.CustomDomain != domain)
        {
            // A new domain starts unproven, with a token of its own, and stops the old one routing.
            site.CustomDomain = domain;
            site.CustomDomainToken = domain is null ? null : CustomDomainVerification.NewToken();
            site.CustomDomainVerifiedAt = null;
        }
        site.PostsPerPage = request.PostsPerPage;
        site.CommentModeration = request.CommentModeration;
        site.CommentThreadDepth = request.CommentThreadDepth;
        site.CommentLinkLimit = request.CommentLinkLimit;
        site.ModerationWords = request.ModerationWords.Trim();
        site.BlocklistWords = request.BlocklistWords.Trim();
        site.CloseCommentsAfterDays = request.CloseCommentsAfterDays;
        site.LikesEnabled = request.LikesEnabled;
        if (request.Language is not null) site.Language = catalogues.Find(request.Language)!.Code;
        // Only dates to come follow a new zone: published posts keep the local date of their address.
        if (request.TimeZone is not null) site.TimeZone = SiteTimeZones.Find(request.TimeZone)!.Id;
        // The new visibility is part of the site's settings digest, so cached pages keyed by the old one are never served again;
        // the eviction below frees them.
        if (visibility is { } chosen) site.Visibility = chosen;
        // Blank brings back the default wording rather than an attribution link without words.
        site.AttributionText = string.IsNullOrWhiteSpace(request.AttributionText) ? Site.DefaultAttributionText : request.AttributionText.Trim();
        await db.SaveChangesAsync(cancellationToken);
        directory.Forget(before);
        await cache.EvictSiteAsync(site.Id, cancellationToken);
        return null;
    }
}
