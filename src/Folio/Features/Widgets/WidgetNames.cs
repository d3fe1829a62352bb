using Folio.Infrastructure.Localization;

namespace Folio.Features.Widgets;

/// <summary>The words for each kind of widget: its name in the editor, and the heading it shows until its owner gives one.</summary>
public static class WidgetNames
{
    public static string DefaultHeading(WidgetKind kind, Localizer T) => kind switch
    {
        WidgetKind.RecentPosts => T["Recent Posts"],
        WidgetKind.RecentComments => T["Recent Comments"],
        WidgetKind.Categories => T["Categories"],
        WidgetKind.Archives => T["Archives"],
        WidgetKind.TagCloud => T["Tags"],
        WidgetKind.Search => T["Search"],
        WidgetKind.Follow => T["Follow this site"],
        WidgetKind.Text => T["Text"],
        WidgetKind.AboutAuthor => T["About the author"],
        _ => T["Feeds"],
    };

    public static string KindName(WidgetKind kind, Localizer T) => kind switch
    {
        WidgetKind.TagCloud => T["Tag cloud"],
        WidgetKind.Follow => T["Follow"],
        WidgetKind.RssLinks => T["RSS links"],
        _ => DefaultHeading(kind, T),
    };

    public static string AreaName(WidgetArea area, Localizer T) => area == WidgetArea.Sidebar ? T["Sidebar"] : T["Footer"];
}
