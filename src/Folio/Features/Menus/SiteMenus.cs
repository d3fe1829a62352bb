using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Folio.Features.Sites;
using Folio.Infrastructure;

namespace Folio.Features.Menus;

/// <summary>A link of a site's menu, with the links under it.</summary>
public sealed record MenuLink(string Label, string Href, IReadOnlyList<MenuLink> Children);

/// <summary>What every page of a site shows in its primary and footer menus.</summary>
public sealed record SiteMenus(IReadOnlyList<MenuLink> Primary, IReadOnlyList<MenuLink> Footer)
{
    public static SiteMenus From(IReadOnlyList<ResolvedMenuItem> primary, IReadOnlyList<ResolvedMenuItem> footer) => new(Links(primary), Links(footer));

    private static List<MenuLink> Links(IReadOnlyList<ResolvedMenuItem> outline)
    {
        var links = new List<MenuLink>();
        for (var index = 0; index < outline.Count; index++)
        {
            var children = new List<MenuLink>();
            var top = outline[index];
            while (index + 1 < outline.Count && outline[index + 1].Item.Depth > 0)
            {
                index++;
                children.Add(new(outline[index].Label, outline[index].Href, []));
            }
            links.Add(new(top.Label, top.Href, children));
        }
        return links;
    }
}

/// <summary>
/// The current site's menus for its pages, kept with them in the read-model cache: every write
/// that can change a menu (the menu itself, a page's title or slug, a term's name) evicts the
/// site's tag, and the menus with it.
/// </summary>
public sealed class SiteMenuQueries(ReadModelCache cache, Deferred<MenuResolver> resolver, CurrentSite currentSite)
{
    /// <summary>The shape of the stored menus; another shape (another version of the fleet) reads as a miss.</summary>
    private const string Version = "v1";

    public async Task<SiteMenus> ForPagesAsync(CancellationToken cancellationToken)
    {
        var siteTag = CacheTags.Site(currentSite.Required.Id);
        // Per language too: Home's default label is in the language the page is rendered in.
        var key = $"folio-read:{Version}:menus:{siteTag}:{CultureInfo.CurrentUICulture.Name}";
        if (await cache.GetDecodedAsync(key, Read, cancellationToken) is { } kept) return kept;
        var generation = await cache.BeginAsync(siteTag, cancellationToken);
        var (primary, footer) = await resolver.Value.BothAsync(cancellationToken);
        var menus = SiteMenus.From(primary, footer);
        await cache.SetAsync(key, JsonSerializer.SerializeToUtf8Bytes(menus, SiteMenusJson.Stored.SiteMenus), [siteTag], [generation], cancellationToken);
        return menus;
    }

    private static readonly Func<byte[], SiteMenus?> Read = ReadModelCache.JsonDecoder(SiteMenusJson.Stored.SiteMenus);
}

[JsonSerializable(typeof(SiteMenus))]
internal sealed partial class SiteMenusJson : JsonSerializerContext
{
    public static SiteMenusJson Stored { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}

/// <summary>One menu as a page's partial renders it: its links, its id on the page and its accessible name.</summary>
public sealed record SiteMenuNav(IReadOnlyList<MenuLink> Links, string Id, string Name, bool Collapsible);
