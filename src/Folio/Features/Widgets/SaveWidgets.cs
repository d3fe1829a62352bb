using System.Globalization;
using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Widgets;

/// <summary>One widget as the editor holds it: the number of entries as typed, so that a wrong one can be shown back as it was.</summary>
public sealed record WidgetDraft(WidgetArea Area, WidgetKind Kind, string Title, string? Text, string ItemCount);

/// <summary>
/// Checks and saves the current site's widgets, both areas at once, replacing what was there (an
/// area saved empty stays empty: the site no longer shows the defaults), and evicts the site's
/// pages (and the widgets' read model with them) so readers see them on their next request.
/// Nothing is saved when any widget is wrong; the errors say which and why.
/// </summary>
public sealed class SaveWidgetsHandler(FolioDbContext db, CurrentSite currentSite, IOutputCacheStore cache, Localizer T)
{
    /// <summary>How many widgets a site may have in all, a bound on every page's work.</summary>
    public const int MaxWidgets = 40;

    public async Task<IReadOnlyList<string>> SaveAsync(IReadOnlyList<WidgetDraft> drafts, CancellationToken cancellationToken)
    {
        var errors = Check(drafts);
        if (errors.Count > 0) return errors;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SiteWidgets.ExecuteDeleteAsync(cancellationToken);
        // From now on the site shows what was saved, even nothing, rather than the defaults (WidgetDefaults).
        var siteId = currentSite.Required.Id;
        await db.Sites.Where(s => s.Id == siteId).ExecuteUpdateAsync(set => set.SetProperty(s => s.WidgetsSaved, true), cancellationToken);
        foreach (var area in Enum.GetValues<WidgetArea>())
        {
            var position = 0;
            foreach (var draft in drafts.Where(d => d.Area == area))
            {
                db.SiteWidgets.Add(new SiteWidget
                {
                    Area = area,
                    Position = position++,
                    Kind = draft.Kind,
                    Title = draft.Title.Trim(),
                    Text = WidgetLimits.HasText(draft.Kind) ? draft.Text ?? "" : null,
                    ItemCount = WidgetLimits.HasCount(draft.Kind) && draft.ItemCount.Trim().Length > 0 ? int.Parse(draft.ItemCount.Trim(), CultureInfo.InvariantCulture) : null,
                });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await cache.EvictSiteAsync(siteId, cancellationToken);
        return [];
    }

    private List<string> Check(IReadOnlyList<WidgetDraft> drafts)
    {
        var errors = new List<string>();
        if (drafts.Count > MaxWidgets) errors.Add(T["A site holds at most {0} widgets.", MaxWidgets]);
        // The editor only sends kinds and areas it offered: anything else is a tampered form.
        if (drafts.Any(d => !Enum.IsDefined(d.Kind) || !Enum.IsDefined(d.Area))) errors.Add(T["That change could not be made to the widgets. Here they are as they were; try again."]);
        foreach (var area in Enum.GetValues<WidgetArea>())
        {
            var inArea = drafts.Where(d => d.Area == area).ToList();
            for (var index = 0; index < inArea.Count; index++)
            {
                var draft = inArea[index];
                var which = T["{0}, widget {1} ({2})", WidgetNames.AreaName(area, T), index + 1, WidgetNames.KindName(draft.Kind, T)];
                if (draft.Title.Trim().Length > SiteWidget.TitleLength)
                    errors.Add(T["{0}: a title is at most {1:N0} characters.", which, SiteWidget.TitleLength]);
                if (WidgetLimits.HasText(draft.Kind)) CheckText(draft.Text ?? "", which, errors);
                if (WidgetLimits.HasCount(draft.Kind) && draft.ItemCount.Trim() is { Length: > 0 } count
                    && (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < WidgetLimits.MinCount or > WidgetLimits.MaxCount))
                    errors.Add(T["{0}: the number of entries is a whole number from {1} to {2}, or empty for {3}; “{4}” is not.", which, WidgetLimits.MinCount, WidgetLimits.MaxCount, WidgetLimits.DefaultCount(draft.Kind), count]);
            }
        }
        return errors;
    }

    private void CheckText(string text, string which, List<string> errors)
    {
        if (text.Length > SiteWidget.TextLength)
        {
            errors.Add(T["{0}: the text is {1:N0} characters long; the limit is {2:N0}.", which, text.Length, SiteWidget.TextLength]);
            return;
        }
        try
        {
            CommentRenderer.ToSafeHtml(text);
        }
        catch (MarkupRefusedException)
        {
            errors.Add($"{which}: {MarkupLimits.Refusal(T)}");
        }
    }
}
