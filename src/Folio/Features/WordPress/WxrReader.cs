using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Folio.Features.Posts;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;

namespace Folio.Features.WordPress;

/// <summary>
/// Reads a WordPress export file (WXR 1.0–1.2) as a stream, one entry (author, term, item) at a
/// time, so a file of hundreds of megabytes needs no more memory than its largest item. DTDs are
/// prohibited and nothing is resolved (docs/architecture.md, principle 6): no entity expansion, no external
/// files. <see cref="SurveyAsync"/> reads the whole file once before anything is imported, so a
/// hostile or broken file is refused while the site is still untouched.
/// </summary>
public static partial class WxrReader
{
    private static readonly XmlReaderSettings Settings = UntrustedXml.ReaderSettings(async: true);

    /// <summary>Checks the whole file and counts what is in it; throws <see cref="WxrRefusedException"/> with the reason a person can act on, in <paramref name="T"/>'s words.</summary>
    public static async Task<WxrSurvey> SurveyAsync(Stream file, Localizer T, CancellationToken cancellationToken)
    {
        await CheckLimitsAsync(file, T, cancellationToken);
        file.Position = 0;
        string? version = null, baseSiteUrl = null;
        var items = 0;
        var attachments = new Dictionary<long, string>();
        await foreach (var node in NodesAsync(file, T, cancellationToken, channelValue: (name, value) =>
        {
            if (name == "wxr_version") version = value;
            else if (name == "base_site_url") baseSiteUrl = value;
        }))
        {
            if (node is not WxrItem item) continue;
            items++;
            if (item.Type == "attachment" && item.AttachmentUrl is { } url) attachments[item.Id] = url;
        }
        if (version is null)
            throw new WxrRefusedException(T["This is not a WordPress export file: it has no wp:wxr_version. {0}", ExportAgain(T)]);
        if (!VersionNumber().IsMatch(version))
            throw new WxrRefusedException(T["This is not a WordPress export file: its wp:wxr_version is \"{0}\", where WordPress writes a number such as 1.2. {1}", version, ExportAgain(T)]);
        return new WxrSurvey(version, baseSiteUrl, items, attachments);
    }

    /// <summary>
    /// The most text one entry (an item with its comments and custom fields) may hold. Each entry
    /// is read whole and its HTML parsed: one item of 50 MB took the server to 1.9 GB. A long post
    /// is a few hundred thousand characters.
    /// </summary>
    public const long MaxEntryCharacters = 8 * 1024 * 1024;

    /// <summary>
    /// Walks the file without building anything, text in chunks, so neither an entry too large to
    /// read whole nor elements nested past <see cref="MarkupLimits.MaxDepth"/> costs memory or time
    /// before it is refused.
    /// </summary>
    private static async Task CheckLimitsAsync(Stream file, Localizer T, CancellationToken cancellationToken)
    {
        using var reader = XmlReader.Create(file, Settings);
        var chunk = new char[16 * 1024];
        long entryCharacters = 0;
        try
        {
            while (await reader.ReadAsync())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var line = ((IXmlLineInfo)reader).LineNumber;
                if (reader.Depth > MarkupLimits.MaxDepth)
                    throw new WxrRefusedException(T["The file nests elements more than {0} levels deep (line {1}), which no WordPress export does. {2} Nothing was imported.", MarkupLimits.MaxDepth, line, ExportAgain(T)]);
                if (reader.Depth == 2 && reader.NodeType == XmlNodeType.Element) entryCharacters = 0;
                if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA)) continue;
                int read;
                while ((read = await reader.ReadValueChunkAsync(chunk, 0, chunk.Length)) > 0)
                {
                    if ((entryCharacters += read) > MaxEntryCharacters)
                        throw new WxrRefusedException(T["An item of the file (near line {0}) holds more than {1} million characters, more than Folio imports as one post. Nothing was imported: shorten that post in WordPress, then export again.", line, MaxEntryCharacters / (1024 * 1024)]);
                }
            }
        }
        catch (XmlException failure)
        {
            throw Refusal(failure, T);
        }
    }

    /// <summary>The file's authors, terms and items in file order (the stream's position tells how far the reader is).</summary>
    public static IAsyncEnumerable<WxrEntry> ReadAsync(Stream file, Localizer T, CancellationToken cancellationToken) =>
        NodesAsync(file, T, cancellationToken, channelValue: null);

    private static async IAsyncEnumerable<WxrEntry> NodesAsync(
        Stream file, Localizer T, [EnumeratorCancellation] CancellationToken cancellationToken, Action<string, string>? channelValue)
    {
        using var reader = XmlReader.Create(file, Settings);
        while (true)
        {
            XElement? element;
            try
            {
                element = await NextEntryElementAsync(reader, channelValue);
            }
            catch (XmlException failure)
            {
                throw Refusal(failure, T);
            }
            if (element is null) yield break;
            cancellationToken.ThrowIfCancellationRequested();
            if (WxrElements.ToEntry(element) is { } entry) yield return entry;
        }
    }

    /// <summary>
    /// Moves to the next item, author or term of the channel and reads it whole (only it); on
    /// the way, hands the channel's own simple values (<c>wp:wxr_version</c>…) to <paramref name="channelValue"/>.
    /// </summary>
    private static async Task<XElement?> NextEntryElementAsync(XmlReader reader, Action<string, string>? channelValue)
    {
        while (!reader.EOF)
        {
            // Entries sit at depth 2: rss > channel > entry.
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != 2)
            {
                await reader.ReadAsync();
                continue;
            }
            var isEntry = reader.LocalName == "item" && reader.NamespaceURI.Length == 0
                || WxrElements.IsWordPress(reader.NamespaceURI) && (WxrElements.IsAuthor(reader.LocalName) || reader.LocalName is "category" or "tag" or "term");
            if (isEntry) return (XElement)await XNode.ReadFromAsync(reader, CancellationToken.None);
            if (WxrElements.IsForeign(reader.NamespaceURI))
            {
                // A plugin's element: only its name is kept, to be counted, and its content skipped unread.
                var named = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
                if (reader.Prefix.Length > 0) named.Add(new XAttribute(XNamespace.Xmlns + reader.Prefix, reader.NamespaceURI));
                await reader.SkipAsync();
                return named;
            }
            if (channelValue is not null && WxrElements.IsWordPress(reader.NamespaceURI))
            {
                // A value such as wp:wxr_version; an element of another shape (a plugin's) is passed over.
                var element = (XElement)await XNode.ReadFromAsync(reader, CancellationToken.None);
                if (!element.HasElements) channelValue(element.Name.LocalName, element.Value.Trim());
                continue;
            }
            await reader.SkipAsync();
        }
        return null;
    }

    private static string ExportAgain(Localizer T) => T["In WordPress, use Tools → Export → All content, and upload the file it downloads."];

    /// <summary>WordPress's importer takes any version of this shape (warning of one newer than it knows) and refuses the rest.</summary>
    [GeneratedRegex(@"^[0-9]+\.[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionNumber();

    private static WxrRefusedException Refusal(XmlException failure, Localizer T) => UntrustedXml.IsDtdRefusal(failure)
        ? new WxrRefusedException(T["Refused: the file declares a DTD, which Folio never processes (it could expand entities or read other files). A WordPress export has none: export again from WordPress, unchanged."])
        : new WxrRefusedException(T["The file is not well-formed XML ({0}). It may be cut short or edited by hand: export again from WordPress and upload the whole file. Nothing was imported.", failure.Message]);
}
