namespace Folio.Features.Widgets;

/// <summary>What a widget shows; the blocks WordPress's classic widgets offered.</summary>
public enum WidgetKind
{
    RecentPosts,
    RecentComments,
    Categories,
    Archives,
    TagCloud,
    Search,
    Follow,
    Text,
    AboutAuthor,
    RssLinks,
}
