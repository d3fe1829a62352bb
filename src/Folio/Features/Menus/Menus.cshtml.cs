using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Menus;

/// <summary>
/// The menu editor at <c>/admin/menus/</c>: one location's menu as a list, each item with its
/// label and buttons to move, nest and remove it, and choices to add pages, categories, tags,
/// Home and custom links. Script adds dragging; every button works without it.
/// </summary>
[SitePage]
[Authorize(Policy = SitePolicies.Administrator)]
public sealed class MenusModel(MenuResolver resolver, MenuTargetQueries targets, SaveMenuHandler save, Localizer T) : PageModel
{
    /// <summary>One item as the form sends it back.</summary>
    public sealed class ItemFields
    {
        public MenuItemKind Kind { get; set; }
        public long? TargetId { get; set; }
        public string? Label { get; set; }
        public string? Url { get; set; }
        public int Depth { get; set; }
    }

    [BindProperty(SupportsGet = true)] public MenuLocation Location { get; set; } = MenuLocation.Primary;
    [BindProperty] public List<ItemFields> Items { get; set; } = [];
    [BindProperty] public long? AddPageId { get; set; }
    [BindProperty] public long? AddCategoryId { get; set; }
    [BindProperty] public long? AddTagId { get; set; }
    [BindProperty] public string? AddUrl { get; set; }
    [BindProperty] public string? AddLabel { get; set; }

    /// <summary>A drag and drop's new order: the items' former positions with their new depths, "2:0,0:0,1:1".</summary>
    [BindProperty] public string? Arrangement { get; set; }

    public IReadOnlyList<OutlineItem> Outline { get; private set; } = [];
    public MenuTargets Targets { get; private set; } = new([], [], []);
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public bool Saved { get; private set; }

    /// <summary>Whether the page shows the primary menu the site has until its owner saves one: Home and its pages, which grows with each new page.</summary>
    public bool ShowsFallback { get; private set; }

    /// <summary>The id of the control to focus: the button just pressed, where its item now is.</summary>
    public string? Focus { get; private set; }

    public async Task OnGetAsync(bool saved = false, string? focus = null)
    {
        Outline = (await resolver.OutlineAsync(Location, HttpContext.RequestAborted)).Select(r => r.Item with { Label = r.Label }).ToList();
        ShowsFallback = Location == MenuLocation.Primary && !await resolver.IsSetAsync(Location, HttpContext.RequestAborted);
        Saved = saved;
        Focus = focus;
        Targets = await targets.ListAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync(string action)
    {
        Targets = await targets.ListAsync(HttpContext.RequestAborted);
        var sent = Items.Select(i => new OutlineItem(i.Kind, i.TargetId, i.Label ?? "", i.Url, i.Depth)).ToList();
        var outcome = MenuEditorAction.Apply(action, sent, Added(action), ParseArrangement());
        if (outcome is null)
        {
            Outline = sent;
            Errors = [T["That change could not be made to this menu. Here it is as it was; try again."]];
            return Page();
        }
        var errors = await save.SaveAsync(Location, outcome.Items, HttpContext.RequestAborted);
        if (errors.Count > 0)
        {
            Outline = outcome.Items;
            Errors = errors;
            return Page();
        }
        return Redirect($"/admin/menus/?location={Location.ToString().ToLowerInvariant()}&saved=true"
            + (outcome.Focus is { } focus ? $"&focus={focus}#{focus}" : ""));
    }

    /// <summary>The item an "add" button adds, from the choice beside it.</summary>
    private OutlineItem? Added(string action) => action switch
    {
        "add:page" when Targets.Pages.FirstOrDefault(p => p.Id == AddPageId) is { } page => new(MenuItemKind.Page, page.Id, page.Name, null, 0),
        "add:category" when Targets.Categories.FirstOrDefault(c => c.Id == AddCategoryId) is { } category => new(MenuItemKind.Category, category.Id, category.Name, null, 0),
        "add:tag" when Targets.Tags.FirstOrDefault(t => t.Id == AddTagId) is { } tag => new(MenuItemKind.Tag, tag.Id, tag.Name, null, 0),
        "add:link" => new(MenuItemKind.Custom, null, (AddLabel ?? "").Trim() is { Length: > 0 } label ? label : (AddUrl ?? "").Trim(), (AddUrl ?? "").Trim(), 0),
        "add:home" => new(MenuItemKind.Home, null, T["Home"], null, 0),
        _ => null,
    };

    private List<(int Index, int Depth)>? ParseArrangement()
    {
        if (string.IsNullOrEmpty(Arrangement)) return null;
        var order = new List<(int, int)>();
        foreach (var pair in Arrangement.Split(','))
        {
            var parts = pair.Split(':');
            if (parts.Length != 2 || !int.TryParse(parts[0], out var index) || !int.TryParse(parts[1], out var depth)) return null;
            order.Add((index, depth));
        }
        return order;
    }
}
