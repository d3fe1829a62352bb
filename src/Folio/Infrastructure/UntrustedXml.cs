using System.Xml;

namespace Folio.Infrastructure;

/// <summary>
/// How Folio reads XML that people and programs send it (WordPress export files, XML-RPC calls):
/// DTDs are prohibited and nothing is resolved, so a document cannot declare entities (billion
/// laughs), pull in files (XXE) or reach the network (docs/architecture.md, principle 6).
/// </summary>
public static class UntrustedXml
{
    /// <summary>A fresh copy of the settings, for a reader to add its own size limits to.</summary>
    /// <param name="async">Whether the reader will be read with its async methods.</param>
    /// <param name="ignoreWhitespace">
    /// Whether whitespace between elements may be dropped: not where a value may be whitespace
    /// alone (an XML-RPC string of spaces is still those spaces).
    /// </param>
    public static XmlReaderSettings ReaderSettings(bool async = false, bool ignoreWhitespace = true) => new()
    {
        Async = async,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreProcessingInstructions = true,
        IgnoreComments = true,
        IgnoreWhitespace = ignoreWhitespace,
        CloseInput = false,
    };

    // XmlReader says so only in its message ("For security reasons DTD is prohibited…"); the
    // hostile-file tests pin the wording, so a change in .NET shows up as a failing test.
    public static bool IsDtdRefusal(XmlException failure) => failure.Message.Contains("DTD", StringComparison.Ordinal);
}
