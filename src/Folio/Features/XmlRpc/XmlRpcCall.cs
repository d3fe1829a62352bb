using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Folio.Features.Posts;
using Folio.Infrastructure;

namespace Folio.Features.XmlRpc;

/// <summary>
/// One XML-RPC call read from its body (http://xmlrpc.com/spec.md): the method's name and its
/// parameters as .NET values: <c>int</c>/<c>i4</c> an <see cref="int"/>, <c>i8</c> a
/// <see cref="long"/>, <c>boolean</c> a <see cref="bool"/>, <c>double</c>, <c>string</c> (or a
/// value with no type), <c>dateTime.iso8601</c> an <see cref="XmlRpcDate"/>, <c>base64</c> bytes,
/// <c>struct</c> a dictionary and <c>array</c> a list. The XML is read as every other XML Folio is
/// given (<see cref="UntrustedXml"/>): a DTD is refused, and broken XML is named with its line and column.
/// </summary>
public sealed record XmlRpcCall(string MethodName, IReadOnlyList<object?> Parameters)
{
    /// <summary>Reads a call; throws <see cref="XmlRpcFault"/> saying what is wrong with it.</summary>
    public static XmlRpcCall Read(byte[] body)
    {
        var document = Load(body);
        var call = document.Root;
        if (call?.Name != "methodCall") throw NotXmlRpc($"the document's root is <{call?.Name}>, not <methodCall>");
        var name = call.Element("methodName")?.Value.Trim();
        if (string.IsNullOrEmpty(name)) throw NotXmlRpc("<methodCall> has no <methodName>");
        var parameters = call.Element("params")?.Elements("param")
            .Select(param => Value(param.Element("value") ?? throw NotXmlRpc("a <param> has no <value>")))
            .ToList() ?? [];
        return new XmlRpcCall(name, parameters);
    }

    private static XDocument Load(byte[] body)
    {
        var settings = UntrustedXml.ReaderSettings(ignoreWhitespace: false);
        try
        {
            // Walked once before a tree is built, so elements nested past the limit cost nothing.
            using (var scan = XmlReader.Create(new MemoryStream(body, writable: false), settings))
            {
                while (scan.Read())
                    if (scan.Depth > MarkupLimits.MaxDepth)
                        throw NotXmlRpc($"values are nested more than {MarkupLimits.MaxDepth} levels deep (line {((IXmlLineInfo)scan).LineNumber})");
            }
            using var reader = XmlReader.Create(new MemoryStream(body, writable: false), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException failure) when (UntrustedXml.IsDtdRefusal(failure))
        {
            throw new XmlRpcFault(XmlRpcFault.NotWellFormed,
                "parse error. Refused: the call declares a DTD, which Folio never processes (it could expand entities or read other files). An XML-RPC call has none.");
        }
        catch (XmlException failure)
        {
            throw new XmlRpcFault(XmlRpcFault.NotWellFormed, $"parse error. not well formed: {failure.Message}");
        }
    }

    private static object? Value(XElement value)
    {
        // A value with no type element is a string (whitespace and all).
        if (value.Elements().FirstOrDefault() is not { } typed) return value.Value;
        var text = typed.Value;
        return typed.Name.LocalName switch
        {
            "string" => text,
            "int" or "i4" => int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : throw Invalid(typed),
            "i8" => long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big) ? big : throw Invalid(typed),
            "boolean" => text.Trim() switch { "1" => true, "0" => false, _ => throw Invalid(typed) },
            "double" => double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? real : throw Invalid(typed),
            "dateTime.iso8601" => XmlRpcDate.Parse(text.Trim()) ?? throw Invalid(typed),
            "base64" => Base64(typed),
            "struct" => typed.Elements("member").ToDictionary(
                member => member.Element("name")?.Value ?? throw NotXmlRpc("a <member> has no <name>"),
                member => Value(member.Element("value") ?? throw NotXmlRpc("a <member> has no <value>")),
                StringComparer.Ordinal),
            "array" => (typed.Element("data") ?? throw NotXmlRpc("an <array> has no <data>")).Elements("value").Select(Value).ToList(),
            "nil" => null,
            var other => throw NotXmlRpc($"<{other}> is not an XML-RPC type (line {LineOf(typed)})"),
        };
    }

    private static byte[] Base64(XElement typed)
    {
        try
        {
            return Convert.FromBase64String(typed.Value);
        }
        catch (FormatException)
        {
            throw Invalid(typed);
        }
    }

    private static XmlRpcFault Invalid(XElement typed) =>
        NotXmlRpc($"\"{Shortened(typed.Value)}\" is not a valid <{typed.Name.LocalName}> (line {LineOf(typed)})");

    private static string Shortened(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static int LineOf(XElement element) => ((IXmlLineInfo)element).LineNumber;

    private static XmlRpcFault NotXmlRpc(string problem) =>
        new(XmlRpcFault.NotXmlRpc, $"server error. invalid xml-rpc. not conforming to spec: {problem}.");
}
