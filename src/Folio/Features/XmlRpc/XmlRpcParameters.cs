using System.Globalization;

namespace Folio.Features.XmlRpc;

/// <summary>
/// A call's parameters, or a struct's members, read as a method expects them. Clients differ in
/// what they send for the same thing (an id as an int or a string, a flag as a boolean or 0/1), so
/// each is read as WordPress reads it; a value that cannot be the thing asked for is a fault naming it.
/// </summary>
public sealed class XmlRpcParameters(IReadOnlyList<object?> values)
{
    /// <summary>Faults unless the call has at least this many parameters.</summary>
    public void Require(int count)
    {
        if (values.Count < count) throw XmlRpcFault.TooFewParameters();
    }

    public object? this[int index] => index < values.Count ? values[index] : null;

    public string Text(int index) => XmlRpcValues.Text(this[index]) ?? "";

    public long Id(int index) => XmlRpcValues.Id(this[index], $"parameter {index + 1}");

    /// <summary>A number of items (to list); <paramref name="missing"/> when left out.</summary>
    public int Count(int index, int missing) => this[index] is null ? missing : XmlRpcValues.Count(this[index], $"parameter {index + 1}");

    public bool Flag(int index) => XmlRpcValues.Flag(this[index]);

    /// <summary>A struct parameter; an empty one when the client left it out.</summary>
    public IReadOnlyDictionary<string, object?> Struct(int index) => this[index] switch
    {
        null => new Dictionary<string, object?>(),
        IReadOnlyDictionary<string, object?> members => members,
        _ => throw new XmlRpcFault(400, $"Parameter {index + 1} must be a struct."),
    };
}

/// <summary>The readings of one value that <see cref="XmlRpcParameters"/> and struct members share.</summary>
public static class XmlRpcValues
{
    public static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        int or long or double => Convert.ToString(value, CultureInfo.InvariantCulture),
        bool flag => flag ? "1" : "0",
        _ => throw new XmlRpcFault(400, $"A {Type(value)} was given where text was expected."),
    };

    public static long Id(object? value, string what) => value switch
    {
        int number => number,
        long number => number,
        string text when long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
        _ => throw new XmlRpcFault(400, $"The {what} is not a number."),
    };

    /// <summary>A number of items (to list, to skip): never less than none.</summary>
    public static int Count(object? value, string what) => (int)Math.Clamp(Id(value, what), 0, int.MaxValue);

    /// <summary>True for <c>true</c>, 1, "1", "true", "open" (mt_allow_comments' words too).</summary>
    public static bool Flag(object? value) => value switch
    {
        bool flag => flag,
        int number => number != 0,
        long number => number != 0,
        string text => text is "1" or "open" || text.Equals("true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>A list of texts: an array, or one text with commas between them (as <c>mt_keywords</c>).</summary>
    public static IReadOnlyList<string> Texts(object? value) => value switch
    {
        null => [],
        IReadOnlyList<object?> items => items.Select(Text).OfType<string>().Where(text => text.Length > 0).ToList(),
        _ => (Text(value) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    };

    public static IReadOnlyList<long> Ids(object? value, string what) => value switch
    {
        null => [],
        IReadOnlyList<object?> items => items.Select(item => Id(item, what)).ToList(),
        _ => [Id(value, what)],
    };

    private static string Type(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> => "struct",
        IReadOnlyList<object?> => "array",
        XmlRpcDate => "date",
        byte[] => "base64 value",
        _ => value.GetType().Name,
    };
}
