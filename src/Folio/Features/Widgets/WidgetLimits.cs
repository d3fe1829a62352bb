namespace Folio.Features.Widgets;

/// <summary>What each kind of widget can be set to: which take text, which a number of entries, and how many.</summary>
public static class WidgetLimits
{
    public const int MinCount = 1;
    public const int MaxCount = 30;

    /// <summary>How many categories or authors a widget lists at most, a bound for a site with very many.</summary>
    public const int MaxListed = 100;

    /// <summary>Whether the owner sets how many entries the kind lists (categories list all that have posts).</summary>
    public static bool HasCount(WidgetKind kind) => kind is WidgetKind.RecentPosts or WidgetKind.RecentComments or WidgetKind.Archives or WidgetKind.TagCloud;

    public static bool HasText(WidgetKind kind) => kind == WidgetKind.Text;

    /// <summary>The number of entries when the owner left it empty: WordPress's five recent items, a year of months, a cloud of 20 tags.</summary>
    public static int DefaultCount(WidgetKind kind) => kind switch
    {
        WidgetKind.Archives => 12,
        WidgetKind.TagCloud => 20,
        _ => 5,
    };
}
