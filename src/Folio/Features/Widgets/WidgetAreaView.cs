namespace Folio.Features.Widgets;

/// <summary>
/// One area's widgets as a page's partial renders them, with the author an "about the author" widget there shows
/// (never null when the area holds one: <see cref="SiteWidgets.Shown"/> leaves it out otherwise).
/// </summary>
public sealed record WidgetAreaView(IReadOnlyList<WidgetView> Widgets, WidgetArea Area, WidgetAuthor? Author)
{
    /// <summary>The id of the widget's heading, unique on the page: the sidebar and footer may hold the same kind.</summary>
    public string HeadingId(int index) => $"widget-{Area.ToString().ToLowerInvariant()}-{index}";
}
