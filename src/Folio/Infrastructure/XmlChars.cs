using System.Text;
using System.Xml;

namespace Folio.Infrastructure;

/// <summary>Makes any string safe to write as XML character data.</summary>
public static class XmlChars
{
    /// <summary>
    /// Drops the characters XML 1.0 cannot carry at all (most control characters, lone
    /// surrogates); markup characters such as <c>&amp;</c>, <c>&lt;</c> and <c>]]&gt;</c> are left
    /// for the XML writer to escape.
    /// </summary>
    public static string Clean(string text)
    {
        var firstBad = IndexOfInvalid(text);
        if (firstBad < 0) return text;
        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c)) clean.Append(c);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c)) clean.Append(c).Append(text[++i]);
        }
        return clean.ToString();
    }

    private static int IndexOfInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) { i++; continue; }
            return i;
        }
        return -1;
    }
}
