using System.Xml;
using System.Xml.Linq;
using Folio.Features.Posts;
using Folio.Infrastructure;

namespace Folio.Features.Curation.Feeds;

/// <summary>
/// Reads XML from the internet (feeds, OPML) with the settings of all untrusted XML
/// (<see cref="UntrustedXml"/>), a size limit, and a depth limit checked before a tree is built.
/// </summary>
internal static class SafeXml
{
    public static readonly string TooDeep = $"refused: the document nests elements more than {MarkupLimits.MaxDepth} levels deep, which no feed needs";

    public const string DtdRefused = "refused: the document declares a DTD, which Folio never processes (entities and external files are not allowed in feeds)";

    // Loaded from a reader, XDocument keeps the whitespace the reader reports, and the
    // syndication formatters reading the document back refuse whitespace between elements:
    // the shared settings drop it.
    private static readonly XmlReaderSettings Settings = WithDocumentLimit(UntrustedXml.ReaderSettings());

    private static XmlReaderSettings WithDocumentLimit(XmlReaderSettings settings)
    {
        settings.MaxCharactersInDocument = 32 * 1024 * 1024;
        return settings;
    }

    /// <summary>The document, or the failure and its message (with line and position when malformed).</summary>
    public static (XDocument? Document, FeedParseResult? Failure) Load(byte[] body)
    {
        try
        {
            // Walked once before a tree is built: the depth is known from the reader, and a tree
            // thousands of elements deep would cost every later reader of it time by its square.
            using (var scan = XmlReader.Create(new MemoryStream(body, writable: false), Settings))
            {
                while (scan.Read())
                    if (scan.Depth > MarkupLimits.MaxDepth)
                        return (null, FeedParseResult.Failed(FeedParseFailure.Refused, TooDeep));
            }
            using var reader = XmlReader.Create(new MemoryStream(body, writable: false), Settings);
            return (XDocument.Load(reader), null);
        }
        catch (XmlException failure) when (UntrustedXml.IsDtdRefusal(failure))
        {
            return (null, FeedParseResult.Failed(FeedParseFailure.Refused, DtdRefused));
        }
        catch (XmlException failure)
        {
            return (null, FeedParseResult.Failed(FeedParseFailure.Malformed, $"malformed XML: {failure.Message}"));
        }
    }
}
