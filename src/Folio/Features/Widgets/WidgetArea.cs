namespace Folio.Features.Widgets;

/// <summary>Where a theme shows a site's widgets: beside the content (themes that have a sidebar) or at the foot of every page.</summary>
public enum WidgetArea
{
    Sidebar,
    Footer,
}
