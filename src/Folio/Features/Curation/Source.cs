using Folio.Data;

namespace Folio.Features.Curation;

/// <summary>What becomes of an imported item: a post readers see at once, or a draft for an editor to review.</summary>
public enum ImportMode
{
    Draft,
    Publish,
}

/// <summary>
/// A feed a site curates from: polled on its own schedule by a leased job, with per-source
/// import rules, conditional-GET validators and a health record for the dashboard.
/// </summary>
public class Source : ISiteOwned
{
    public long Id { get; set; }
    public long SiteId { get; set; }

    /// <summary>The feed's address (after discovery, when a page was given).</summary>
    public string FeedUrl { get; set; } = "";

    /// <summary>The publication's name, shown in attribution ("Read original article here" names it).</summary>
    public string Name { get; set; } = "";

    /// <summary>The publication's home page, when the feed names one.</summary>
    public string? SiteUrl { get; set; }

    public ImportMode Mode { get; set; }

    /// <summary>Import the article's whole text (from the feed, or extracted from its page) rather than a summary.</summary>
    public bool FullText { get; set; }

    /// <summary>Longest summary kept, in characters, when importing summaries.</summary>
    public int ExcerptLength { get; set; } = 400;

    /// <summary>Words, one per line: when any is given, an item must mention one of them.</summary>
    public string IncludeWords { get; set; } = "";

    /// <summary>Words, one per line: an item that mentions any of them is skipped.</summary>
    public string ExcludeWords { get; set; } = "";

    /// <summary>The category every imported post goes in, or null to keep the feed's own categories as tags only.</summary>
    public string? Category { get; set; }

    /// <summary>Tags every imported post gets, comma separated, besides the feed's own categories.</summary>
    public string Tags { get; set; } = "";

    /// <summary>Whether an imported post's <c>rel=canonical</c> points to the original.</summary>
    public bool CanonicalToOriginal { get; set; } = true;

    /// <summary>Whether a full copy asks search engines not to index it (the original should rank).</summary>
    public bool NoIndexFullCopies { get; set; } = true;

    /// <summary>Items published longer ago than this are skipped as too old; null imports any age.</summary>
    public int? MaxAgeDays { get; set; } = 14;

    public int PollMinutes { get; set; } = 60;

    // Polling state: validators for conditional GET, the schedule, the lease and the health record.
    public string? ETag { get; set; }
    public DateTimeOffset? LastModified { get; set; }
    public DateTime NextFetchAt { get; set; }
    public DateTime? LeaseUntil { get; set; }
    public DateTime? LastFetchedAt { get; set; }

    /// <summary>Plain words for the dashboard: "3 imported, 2 skipped", "not modified", or the error.</summary>
    public string LastResult { get; set; } = "";

    public string? LastError { get; set; }
    public int ConsecutiveFailures { get; set; }
    public int ItemsImported { get; set; }
    public int ItemsSkipped { get; set; }
    public DateTime CreatedAt { get; set; }
}
