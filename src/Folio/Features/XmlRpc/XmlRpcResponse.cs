using System.Collections;
using System.Globalization;
using System.Text;
using System.Xml;

namespace Folio.Features.XmlRpc;

/// <summary>
/// Writes a <c>methodResponse</c> (http://xmlrpc.com/spec.md): a value as its one parameter, or a
/// fault. .NET values map to XML-RPC's types: <see cref="string"/>, <see cref="int"/>,
/// <see cref="bool"/>, <see cref="double"/>, <see cref="DateTime"/> (WordPress's
/// <c>dateTime.iso8601</c>, without a zone), bytes (<c>base64</c>), dictionaries (<c>struct</c>)
/// and other sequences (<c>array</c>). XML-RPC has no null: a struct member without a value is left out.
/// </summary>
public static class XmlRpcResponse
{
    private const string ContentType = "text/xml; charset=UTF-8";

    public static IResult Success(object value) => Written(writer =>
    {
        writer.WriteStartElement("params");
        writer.WriteStartElement("param");
        WriteValue(writer, value);
        writer.WriteEndElement();
        writer.WriteEndElement();
    });

    /// <summary>A fault, answered 200 as the specification says: the client reads the code and string from the body.</summary>
    public static IResult Fault(XmlRpcFault fault) => Written(writer =>
    {
        writer.WriteStartElement("fault");
        WriteValue(writer, new Dictionary<string, object?> { ["faultCode"] = fault.Code, ["faultString"] = fault.Message });
        writer.WriteEndElement();
    });

    private static IResult Written(Action<XmlWriter> body)
    {
        var bytes = new MemoryStream();
        using (var writer = XmlWriter.Create(bytes, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("methodResponse");
            body(writer);
            writer.WriteEndElement();
        }
        return Results.Bytes(bytes.ToArray(), ContentType);
    }

    private static void WriteValue(XmlWriter writer, object value)
    {
        writer.WriteStartElement("value");
        switch (value)
        {
            case string text:
                writer.WriteElementString("string", text);
                break;
            case bool flag:
                writer.WriteElementString("boolean", flag ? "1" : "0");
                break;
            case int number:
                writer.WriteElementString("int", number.ToString(CultureInfo.InvariantCulture));
                break;
            case double real:
                writer.WriteElementString("double", real.ToString("R", CultureInfo.InvariantCulture));
                break;
            case DateTime time:
                writer.WriteElementString("dateTime.iso8601", XmlRpcDate.Format(time));
                break;
            case byte[] bytes:
                writer.WriteElementString("base64", Convert.ToBase64String(bytes));
                break;
            case IDictionary<string, object?> members:
                writer.WriteStartElement("struct");
                foreach (var (name, member) in members)
                {
                    if (member is null) continue;
                    writer.WriteStartElement("member");
                    writer.WriteElementString("name", name);
                    WriteValue(writer, member);
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
                break;
            case IEnumerable items:
                writer.WriteStartElement("array");
                writer.WriteStartElement("data");
                foreach (var item in items) WriteValue(writer, item ?? "");
                writer.WriteEndElement();
                writer.WriteEndElement();
                break;
            default:
                throw new ArgumentException($"{value.GetType()} has no XML-RPC type.", nameof(value));
        }
        writer.WriteEndElement();
    }
}
