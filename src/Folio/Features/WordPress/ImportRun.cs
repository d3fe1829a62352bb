using Folio.Infrastructure.Localization;

namespace Folio.Features.WordPress;

/// <summary>The state of one import: its summary, authors, and what it learnt so far (small: one entry per term, attachment and child page).</summary>
public sealed class ImportRun(WxrSurvey survey, AuthorMap authors, long importingAccountId, Localizer T)
{
    private readonly Dictionary<long, AttachmentCopy> copies = [];
    private readonly AttachmentAddresses addresses = new(survey.AttachmentUrls, survey.BaseSiteUrl);

    public ImportSummary Summary { get; } = new(T);
    public AuthorMap Authors => authors;

    /// <summary>The ids of terms met so far, by kind and slug.</summary>
    public Dictionary<(WxrTermKind Kind, string Slug), long> TermIds { get; } = [];

    /// <summary>The ids of categories and tags by their WordPress term IDs, which menu items name them by.</summary>
    public Dictionary<(WxrTermKind Kind, long WordPressId), long> TermIdsByWordPressId { get; } = [];

    /// <summary>The file's menu items (<c>nav_menu_item</c>), placed once every page and term is in (<see cref="WxrMenus"/>).</summary>
    public List<WxrItem> MenuItems { get; } = [];

    /// <summary>Pages imported with a parent, by the parent's WordPress ID: placed once every page is in (<see cref="WxrPosts.PlaceUnderParentsAsync"/>).</summary>
    public List<(long PageId, long ParentWordPressId)> PagesUnderParents { get; } = [];

    /// <summary>The local copy of an attachment, copied at most once per run (a failure is not retried within the run).</summary>
    public async Task<AttachmentCopy> AttachmentAsync(ImportedAttachments attachments, long wordPressId, CancellationToken cancellationToken)
    {
        if (copies.TryGetValue(wordPressId, out var known)) return known;
        var copy = survey.AttachmentUrls.TryGetValue(wordPressId, out var url)
            ? await attachments.CopyAsync(wordPressId, url, importingAccountId, cancellationToken)
            : new AttachmentCopy(null, false, T["the file has no attachment with that ID"]);
        copies[wordPressId] = copy;
        return copy;
    }

    /// <summary>The site's own images a post's HTML shows, by their attachment IDs: to copy before the post is saved.</summary>
    public IReadOnlyCollection<long> AttachmentsIn(string html) => addresses.In(html);

    /// <summary>The HTML with the site's own images pointing at their local copies (those not copied keep their addresses).</summary>
    public string WithLocalImages(string html) =>
        addresses.Localise(html, id => copies.TryGetValue(id, out var copy) ? copy.LocalUrl : null);

    /// <summary>An attachment's address for a gallery: the local copy when made, else the original.</summary>
    public string? AttachmentUrl(long wordPressId) =>
        copies.TryGetValue(wordPressId, out var copy) && copy.LocalUrl is { } local ? local : survey.AttachmentUrls.GetValueOrDefault(wordPressId);
}
