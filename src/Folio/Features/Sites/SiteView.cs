namespace Folio.Features.Sites;

/// <summary>The settings of a site that every request for it needs; cached by host.</summary>
public sealed record SiteView(
    long Id,
    string Slug,
    string Title,
    string Tagline,
    string? CustomDomain,
    int PostsPerPage,
    string Theme,
    string AccentColor,
    string? HeaderImageUrl,
    string? IconUrl,
    CommentModeration CommentModeration,
    int CommentThreadDepth,
    int CommentLinkLimit,
    string ModerationWords,
    string BlocklistWords,
    int? CloseCommentsAfterDays,
    bool LikesEnabled,
    string AttributionText,
    string Language,
    string? CustomDomainToken,
    DateTime? CustomDomainVerifiedAt,
    string TimeZone,
    SiteVisibility Visibility,
    DateTime? DeleteAfter)
{
    /// <summary>The site's wall clock, for every date shown to its readers and writers.</summary>
    public SiteClock Clock => SiteClock.For(TimeZone);

    /// <summary>The custom domain once it is verified: the only one that routes to the site and appears in its links.</summary>
    public string? LiveDomain => CustomDomainVerifiedAt is null ? null : CustomDomain;

    public static SiteView From(Site site) =>
        new(site.Id, site.Slug, site.Title, site.Tagline, site.CustomDomain, site.PostsPerPage,
            site.Theme, site.AccentColor, site.HeaderImageUrl, site.IconUrl,
            site.CommentModeration, site.CommentThreadDepth, site.CommentLinkLimit,
            site.ModerationWords, site.BlocklistWords, site.CloseCommentsAfterDays, site.LikesEnabled, site.AttributionText, site.Language,
            site.CustomDomainToken, site.CustomDomainVerifiedAt, site.TimeZone, site.Visibility, site.DeleteAfter);
}
