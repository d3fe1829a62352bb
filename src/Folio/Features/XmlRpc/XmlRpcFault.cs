namespace Folio.Features.XmlRpc;

/// <summary>
/// An XML-RPC fault: a method's refusal, answered as <c>&lt;fault&gt;</c> with WordPress's codes
/// (its clients show the string and act on the code: 403 a wrong login, 401 not allowed, 404 no
/// such item), or the XML-RPC specification's own for a call that cannot be read.
/// </summary>
public sealed class XmlRpcFault(int code, string message) : Exception(message)
{
    public int Code { get; } = code;

    /// <summary>The body is not well-formed XML (the specification's "parse error").</summary>
    public const int NotWellFormed = -32700;

    /// <summary>The XML is not a <c>methodCall</c> as the specification writes it.</summary>
    public const int NotXmlRpc = -32600;

    public const int UnknownMethod = -32601;

    public static XmlRpcFault Login() => new(403, "Incorrect username or password.");

    public static XmlRpcFault TooFewParameters() => new(400, "Insufficient arguments passed to this XML-RPC method.");
}
