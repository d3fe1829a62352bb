namespace Folio.Features.Widgets;

/// <summary>The widgets a site shows until its widgets are first saved.</summary>
public static class WidgetDefaults
{
    /// <summary>
    /// The sidebar WordPress gives a new theme (search, recent posts, recent comments, archives,
    /// categories), and in the footer what every Folio footer showed before widgets: the follow box
    /// and the feed links. A site keeps them until its owner first saves its widgets
    /// (<see cref="Sites.Site.WidgetsSaved"/>); from then on an area left empty stays empty.
    /// </summary>
    public static List<SiteWidget> ForNewSite() =>
    [
        new() { Area = WidgetArea.Sidebar, Position = 0, Kind = WidgetKind.Search },
        new() { Area = WidgetArea.Sidebar, Position = 1, Kind = WidgetKind.RecentPosts },
        new() { Area = WidgetArea.Sidebar, Position = 2, Kind = WidgetKind.RecentComments },
        new() { Area = WidgetArea.Sidebar, Position = 3, Kind = WidgetKind.Archives },
        new() { Area = WidgetArea.Sidebar, Position = 4, Kind = WidgetKind.Categories },
        new() { Area = WidgetArea.Footer, Position = 0, Kind = WidgetKind.Follow },
        new() { Area = WidgetArea.Footer, Position = 1, Kind = WidgetKind.RssLinks },
    ];
}
