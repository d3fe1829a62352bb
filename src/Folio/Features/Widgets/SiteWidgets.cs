using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Folio.Features.Widgets;

/// <summary>
/// One entry of a widget's list: a post, a comment (<paramref name="Label"/> its author's name, <paramref name="Context"/> its post's title),
/// a category, a month, a tag. <paramref name="Count"/>: how many posts it stands for (categories, months, tags), null where no count shows;
/// <paramref name="Weight"/>: a tag's size in the cloud, 1 (least used) to 5 (most), 0 elsewhere.
/// </summary>
public sealed record WidgetLink(string Label, string Href, int? Count = null, string? Context = null, int Weight = 0);

/// <summary>
/// A widget as every reader of the site sees it: its heading, and its entries, or for a text widget
/// its sanitised HTML (<paramref name="Html"/>, made by <see cref="Comments.CommentRenderer"/>; null for other kinds).
/// </summary>
public sealed record WidgetView(WidgetKind Kind, string Heading, IReadOnlyList<WidgetLink> Links, string? Html = null);

/// <summary>A member who may appear in an "about the author" widget; <paramref name="Name"/> is the account's user name, as in <see cref="Posts.AuthorView.Name"/>.</summary>
public sealed record WidgetAuthor(string Name, string DisplayName, string AvatarUrl, string Bio)
{
    public string Path => Posts.PostPaths.Author(Name);
}

/// <summary>
/// What a site's sidebar and footer show on every page, kept in the read-model cache (<see cref="SiteWidgetQueries"/>).
/// <paramref name="Authors"/> holds the site's authors, for the "about the author" widget, only when the site has one; the owner comes first.
/// </summary>
public sealed record SiteWidgets(IReadOnlyList<WidgetView> Sidebar, IReadOnlyList<WidgetView> Footer, IReadOnlyList<WidgetAuthor> Authors)
{
    /// <summary>The author a page's "about the author" shows: a post's own author, elsewhere the site's owner.</summary>
    public WidgetAuthor? AuthorFor(string? postAuthorName) =>
        (postAuthorName is null ? null : Authors.FirstOrDefault(a => a.Name == postAuthorName)) ?? Authors.FirstOrDefault();

    /// <summary>An area's widgets that render something: an "about the author" with no author to show renders nothing.</summary>
    public static IReadOnlyList<WidgetView> Shown(IReadOnlyList<WidgetView> area, WidgetAuthor? author) =>
        author is null && area.Any(w => w.Kind == WidgetKind.AboutAuthor) ? area.Where(w => w.Kind != WidgetKind.AboutAuthor).ToList() : area;
}

[JsonSerializable(typeof(SiteWidgets))]
internal sealed partial class SiteWidgetsJson : JsonSerializerContext
{
    public static SiteWidgetsJson Stored { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
