using Folio.Infrastructure.Localization;

namespace Folio.Features.Sites;

/// <summary>A blog hosted on the platform: the tenant that owns posts, terms and members.</summary>
public class Site
{
    public long Id { get; set; }

    /// <summary>The sub-domain label: site <c>x</c> lives at <c>x.{RootDomain}</c>.</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }
    public string Tagline { get; set; } = "";

    /// <summary>
    /// An optional host name of the site's own (lower case, no port). It routes to the site only
    /// once <see cref="CustomDomainVerifiedAt"/> is set: until then anyone could claim any domain.
    /// </summary>
    public string? CustomDomain { get; set; }

    /// <summary>What the domain must serve to prove it belongs to the site (<see cref="CustomDomainVerification"/>); new for each domain.</summary>
    public string? CustomDomainToken { get; set; }

    /// <summary>When the domain served <see cref="CustomDomainToken"/>; null while it has not.</summary>
    public DateTime? CustomDomainVerifiedAt { get; set; }

    public int PostsPerPage { get; set; } = 10;

    /// <summary>The name of one of the built-in themes.</summary>
    public string Theme { get; set; } = "classic";

    /// <summary>The one accent colour of the design, as <c>#rrggbb</c>.</summary>
    public string AccentColor { get; set; } = "#a0361c";

    /// <summary>A site-relative URL of the header image, or null for none.</summary>
    public string? HeaderImageUrl { get; set; }

    /// <summary>A site-relative URL of the site icon (favicon), or null for the default.</summary>
    public string? IconUrl { get; set; }

    /// <summary>Which new comments wait for a moderator (WordPress's discussion settings).</summary>
    public CommentModeration CommentModeration { get; set; } = CommentModeration.HoldFirstTime;

    /// <summary>How deep replies to replies may nest.</summary>
    public int CommentThreadDepth { get; set; } = 5;

    /// <summary>A comment with more links than this is held for moderation.</summary>
    public int CommentLinkLimit { get; set; } = 2;

    /// <summary>Words or phrases, one a line: a comment holding one waits for a moderator.</summary>
    public string ModerationWords { get; set; } = "";

    /// <summary>Words or phrases, one a line: a comment holding one is discarded as spam.</summary>
    public string BlocklistWords { get; set; } = "";

    /// <summary>Comments close this many days after a post is published; null keeps them open.</summary>
    public int? CloseCommentsAfterDays { get; set; }

    /// <summary>
    /// The words of the link under a curated post to its original; <c>{source}</c> and
    /// <c>{author}</c> stand for the publication and the writer.
    /// </summary>
    public string AttributionText { get; set; } = DefaultAttributionText;

    /// <summary>The wording of <see cref="AttributionText"/> until a site chooses its own (docs/contract.md names it).</summary>
    public const string DefaultAttributionText = "Read original article here.";

    /// <summary>
    /// The language readers see the site in (a catalogue's code, such as <c>ru</c>): its
    /// <c>lang</c>, texts, dates and feeds (Infrastructure/Localization).
    /// </summary>
    public string Language { get; set; } = Catalogues.English;

    /// <summary>Whether posts show the "Like" button and their likers.</summary>
    public bool LikesEnabled { get; set; } = true;

    /// <summary>
    /// The IANA name of the zone whose clock the site's dates follow (<see cref="SiteClock"/>):
    /// the dates readers see, and the date in a post's address when it is published.
    /// </summary>
    public string TimeZone { get; set; } = SiteTimeZones.Default;
    public DateTime CreatedAt { get; set; }

    /// <summary>Who may read the site: everyone, its members behind a "coming soon" page, or its members and invited readers alone.</summary>
    public SiteVisibility Visibility { get; set; } = SiteVisibility.Public;

    /// <summary>
    /// When an owner deleted the site: it is offline from then on, and removed for good at this
    /// moment unless the owner restores it first; null for a site nobody deleted.
    /// </summary>
    public DateTime? DeleteAfter { get; set; }

    /// <summary>
    /// Whether the site's widgets were ever saved: until then its widget areas show the defaults
    /// (WidgetDefaults); from then on an area left empty stays empty.
    /// </summary>
    public bool WidgetsSaved { get; set; }
}
