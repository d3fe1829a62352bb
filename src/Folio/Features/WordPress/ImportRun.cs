namespace Folio.Features.WordPress;

/// <summary>The state of one import: its summary, authors, and what it learnt so far (small: one entry per term and attachment).</summary>
public sealed class ImportRun(WxrSurvey survey, AuthorMap authors, long importingAccountId)
{
    private readonly Dictionary<long, AttachmentCopy> copies = [];

    public ImportSummary Summary { get; } = new();
    public AuthorMap Authors => authors;

    /// <summary>The ids of terms met so far, by kind and slug.</summary>
    public Dictionary<(WxrTermKind Kind, string Slug), long> TermIds { get; } = [];

    /// <summary>The local copy of an attachment, copied at most once per run (a failure is not retried within the run).</summary>
    public async Task<AttachmentCopy> AttachmentAsync(ImportedAttachments attachments, long wordPressId, CancellationToken cancellationToken)
    {
        if (copies.TryGetValue(wordPressId, out var known)) return known;
        var copy = survey.AttachmentUrls.TryGetValue(wordPressId, out var url)
            ? await attachments.CopyAsync(wordPressId, url, importingAccountId, cancellationToken)
            : new AttachmentCopy(null, false, "the file has no attachment with that ID");
        copies[wordPressId] = copy;
        return copy;
    }

    /// <summary>An attachment's address for a gallery: the local copy when made, else the original.</summary>
    public string? AttachmentUrl(long wordPressId) =>
        copies.TryGetValue(wordPressId, out var copy) && copy.LocalUrl is { } local ? local : survey.AttachmentUrls.GetValueOrDefault(wordPressId);
}
