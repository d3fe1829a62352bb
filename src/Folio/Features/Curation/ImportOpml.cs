using Folio.Features.Curation.Feeds;
using Folio.Infrastructure.Localization;

namespace Folio.Features.Curation;

/// <summary>Follow every feed of an OPML subscription list (a feed reader's export).</summary>
public sealed record ImportOpml(byte[] File, ImportMode Mode = ImportMode.Draft);

/// <summary>The feeds added, those skipped with the reason, or why the file could not be read.</summary>
public sealed record ImportOpmlResult(IReadOnlyList<string> Added, IReadOnlyList<string> Skipped, string? Error);

/// <summary>
/// Adds each feed of the list as a source of the current site. The list already names feeds, so
/// nothing is fetched now: the poller fetches each soon and its health shows any that fail.
/// </summary>
public sealed class ImportOpmlHandler(AddSourceHandler sources, Localizer T)
{
    public async Task<ImportOpmlResult> HandleAsync(ImportOpml request, CancellationToken cancellationToken = default)
    {
        var list = OpmlReader.Read(request.File);
        if (!list.Succeeded) return new ImportOpmlResult([], [], T["The file is not an OPML list Folio can read: {0}.", list.Error!]);
        var added = new List<string>();
        var skipped = new List<string>();
        foreach (var subscription in list.Subscriptions)
        {
            var source = await sources.RegisterAsync(subscription.FeedUrl, subscription.Title, subscription.SiteUrl, request.Mode, fullText: false, cancellationToken);
            if (source is null) skipped.Add(T["{0} ({1}): already a source", subscription.Title, subscription.FeedUrl]);
            else added.Add($"{source.Name} ({source.FeedUrl})");
        }
        return new ImportOpmlResult(added, skipped, null);
    }
}
