using System.Xml;
using System.Xml.Linq;
using Folio.Features.Posts;

namespace Folio.Features.Curation.Feeds;

/// <summary>
/// Reads XML from the internet (feeds, OPML) with DTD processing prohibited and no resolver, so a
/// document cannot declare entities (billion laughs), pull in files (XXE) or reach the network.
/// </summary>
internal static class SafeXml
{
    public static readonly string TooDeep = $"refused: the document nests elements more than {MarkupLimits.MaxDepth} levels deep, which no feed needs";

    public const string DtdRefused = "refused: the document declares a DTD, which Folio never processes (entities and external files are not allowed in feeds)";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = 32 * 1024 * 1024,
        IgnoreProcessingInstructions = true,
        IgnoreComments = true,
        // Loaded from a reader, XDocument keeps the whitespace the reader reports, and the
        // syndication formatters reading the document back refuse whitespace between elements.
        IgnoreWhitespace = true,
        CloseInput = true,
    };

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
        catch (XmlException failure) when (IsDtd(failure))
        {
            return (null, FeedParseResult.Failed(FeedParseFailure.Refused, DtdRefused));
        }
        catch (XmlException failure)
        {
            return (null, FeedParseResult.Failed(FeedParseFailure.Malformed, $"malformed XML: {failure.Message}"));
        }
    }

    // XmlReader says so only in its message ("For security reasons DTD is prohibited…"); the tests
    // pin that wording, so a change in .NET shows up as a failing test rather than a vague message.
    private static bool IsDtd(XmlException failure) => failure.Message.Contains("DTD", StringComparison.Ordinal);
}
