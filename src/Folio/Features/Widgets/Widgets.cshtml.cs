using System.Globalization;
using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Features.Themes;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Widgets;

/// <summary>
/// The widget editor at <c>/admin/widgets/</c>: each area's widgets in order, each with its
/// title (and text or number of entries where its kind has one) and buttons to move and remove
/// it, and a choice of kind to add. Every button sends the whole form and saves it, so nothing
/// typed is lost, and a refusal shows the widgets as they were sent.
/// </summary>
[SitePage]
[Authorize(Policy = SitePolicies.Editor)]
public sealed class WidgetsModel(FolioDbContext db, CurrentSite currentSite, SaveWidgetsHandler save, Localizer T) : PageModel
{
    /// <summary>One widget as the form sends it back.</summary>
    public sealed class WidgetFields
    {
        public WidgetArea Area { get; set; }
        public WidgetKind Kind { get; set; }
        public string? Title { get; set; }
        public string? Text { get; set; }
        public string? ItemCount { get; set; }
    }

    [BindProperty] public List<WidgetFields> Widgets { get; set; } = [];
    [BindProperty] public WidgetKind? AddSidebarKind { get; set; }
    [BindProperty] public WidgetKind? AddFooterKind { get; set; }

    public IReadOnlyList<WidgetDraft> Drafts { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public bool Saved { get; private set; }

    /// <summary>Whether the site's widgets were never saved, and so it shows the defaults (<see cref="WidgetDefaults"/>), the editor's starting point.</summary>
    public bool ShowsDefaults { get; private set; }

    /// <summary>The id of the control to focus: the button just pressed, where its widget now is.</summary>
    public string? Focus { get; private set; }

    public bool ThemeHasSidebar => ThemeCatalog.Find(currentSite.Required.Theme).HasSidebar;
    public string ThemeName => ThemeCatalog.Find(currentSite.Required.Theme).DisplayName;

    public async Task OnGetAsync(bool saved = false, string? focus = null)
    {
        var (widgets, areDefaults) = await SiteWidgetRows.OfSiteAsync(db, currentSite.Required.Id, HttpContext.RequestAborted);
        ShowsDefaults = areDefaults;
        Drafts = widgets.Select(w => new WidgetDraft(w.Area, w.Kind, w.Title, w.Text, w.ItemCount?.ToString(CultureInfo.InvariantCulture) ?? "")).ToList();
        Saved = saved;
        Focus = focus;
    }

    public async Task<IActionResult> OnPostAsync(string action)
    {
        var sent = Widgets.Select(w => new WidgetDraft(w.Area, w.Kind, w.Title ?? "", w.Text, w.ItemCount ?? ""))
            .OrderBy(w => w.Area).ToList(); // stable: each area's order is kept
        var outcome = WidgetEditorAction.Apply(action, sent, AddSidebarKind, AddFooterKind);
        if (outcome is null)
        {
            Drafts = sent;
            Errors = [T["That change could not be made to the widgets. Here they are as they were; try again."]];
            return Page();
        }
        var errors = await save.SaveAsync(outcome.Drafts, HttpContext.RequestAborted);
        if (errors.Count > 0)
        {
            Drafts = outcome.Drafts;
            Errors = errors;
            return Page();
        }
        return Redirect("/admin/widgets/?saved=true" + (outcome.Focus is { } focus ? $"&focus={focus}#{focus}" : ""));
    }
}
