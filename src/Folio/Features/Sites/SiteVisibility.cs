namespace Folio.Features.Sites;

/// <summary>Who may read a site (WordPress.com's "Privacy" setting).</summary>
public enum SiteVisibility
{
    /// <summary>Everyone, search engines included.</summary>
    Public,

    /// <summary>Members see the site; everyone else a holding page ("coming soon").</summary>
    ComingSoon,

    /// <summary>Members and invited readers alone; kept out of feeds, search engines, the Reader and the site list.</summary>
    Private,
}

public static class SiteVisibilities
{
    /// <summary>
    /// The visibility a form names, spelt exactly as its options are; null for anything else (model
    /// binding would turn a misspelt value into the enum's default, Public).
    /// </summary>
    public static SiteVisibility? Parse(string value) =>
        Enum.GetNames<SiteVisibility>().Contains(value, StringComparer.Ordinal) ? Enum.Parse<SiteVisibility>(value) : null;
}
