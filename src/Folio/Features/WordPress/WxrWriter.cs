using System.Globalization;
using System.Xml;
using Folio.Infrastructure;

namespace Folio.Features.WordPress;

/// <summary>
/// The elements of WXR 1.2 as WordPress's exporter writes them, over a streaming <see cref="XmlWriter"/>:
/// text in CDATA sections (split where the text itself holds <c>]]&gt;</c>), characters XML cannot
/// carry dropped, dates in WordPress's "yyyy-MM-dd HH:mm:ss".
/// </summary>
internal sealed class WxrWriter(XmlWriter xml)
{
    public const string Wp = "http://wordpress.org/export/1.2/";
    public const string Excerpt = "http://wordpress.org/export/1.2/excerpt/";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string Wfw = "http://wellformedweb.org/CommentAPI/";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>What WordPress writes for a date never set (a draft's publish date).</summary>
    public const string NoDate = "0000-00-00 00:00:00";

    public XmlWriter Xml => xml;

    public async Task StartAsync()
    {
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "rss", null);
        await xml.WriteAttributeStringAsync(null, "version", null, "2.0");
        await xml.WriteAttributeStringAsync("xmlns", "excerpt", null, Excerpt);
        await xml.WriteAttributeStringAsync("xmlns", "content", null, Content);
        await xml.WriteAttributeStringAsync("xmlns", "wfw", null, Wfw);
        await xml.WriteAttributeStringAsync("xmlns", "dc", null, DublinCore);
        await xml.WriteAttributeStringAsync("xmlns", "wp", null, Wp);
        await xml.WriteStartElementAsync(null, "channel", null);
    }

    public async Task EndAsync()
    {
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    /// <summary>A plain element: <c>&lt;title&gt;…&lt;/title&gt;</c>, or <c>&lt;wp:post_id&gt;</c> with <paramref name="ns"/>.</summary>
    public async Task TextAsync(string name, string value, string? ns = null)
    {
        await xml.WriteStartElementAsync(null, name, ns);
        await xml.WriteStringAsync(XmlChars.Clean(value));
        await xml.WriteEndElementAsync();
    }

    public Task WpAsync(string name, string value) => TextAsync(name, value, Wp);

    public Task WpAsync(string name, long value) => TextAsync(name, value.ToString(CultureInfo.InvariantCulture), Wp);

    /// <summary>An element whose text goes in CDATA, as WordPress writes names and content.</summary>
    public async Task CDataAsync(string name, string value, string? ns = Wp)
    {
        await xml.WriteStartElementAsync(null, name, ns);
        var parts = XmlChars.Clean(value).Split("]]>");
        for (var i = 0; i < parts.Length; i++)
            await xml.WriteCDataAsync((i > 0 ? ">" : "") + parts[i] + (i < parts.Length - 1 ? "]]" : ""));
        await xml.WriteEndElementAsync();
    }

    /// <summary>An item's <c>&lt;category domain="…" nicename="…"&gt;</c>.</summary>
    public async Task ItemTermAsync(string domain, string slug, string name)
    {
        await xml.WriteStartElementAsync(null, "category", null);
        await xml.WriteAttributeStringAsync(null, "domain", null, domain);
        await xml.WriteAttributeStringAsync(null, "nicename", null, Slug(slug));
        await xml.WriteCDataAsync(XmlChars.Clean(name).Replace("]]>", "]] >"));
        await xml.WriteEndElementAsync();
    }

    public async Task MetaAsync(string key, string value)
    {
        await xml.WriteStartElementAsync(null, "postmeta", Wp);
        await CDataAsync("meta_key", key);
        await CDataAsync("meta_value", value);
        await xml.WriteEndElementAsync();
    }

    public static string Date(DateTime? time) => time?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? NoDate;

    /// <summary>Slugs as WordPress stores them: non-ASCII letters percent-encoded in lower case.</summary>
    public static string Slug(string slug) => Uri.EscapeDataString(slug).ToLowerInvariant();
}
