using System.Buffers;
using System.Text;

namespace Folio.Infrastructure;

/// <summary>Text as people write it: what cannot be a character of a document is taken out on input.</summary>
public static class UnicodeText
{
    /// <summary>
    /// Drops lone surrogates (no character at all; UTF-8 cannot store them) and the noncharacters
    /// U+FDD0–U+FDEF and U+xFFFE/U+xFFFF (Unicode keeps them out of interchange; XML refuses
    /// them). Every other character, including U+FFFD, is kept as it is.
    /// </summary>
    public static string Clean(string text)
    {
        var first = IndexOfUnwanted(text);
        if (first < 0) return text;
        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, first);
        var rest = text.AsSpan(first);
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf16(rest, out var rune, out var used);
            if (status == OperationStatus.Done && !IsNoncharacter(rune)) clean.Append(rest[..used]);
            rest = rest[used..];
        }
        return clean.ToString();
    }

    private static int IndexOfUnwanted(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != OperationStatus.Done || IsNoncharacter(rune)) return i;
            i += used;
        }
        return -1;
    }

    private static bool IsNoncharacter(Rune rune) =>
        (rune.Value & 0xFFFE) == 0xFFFE || rune.Value is >= 0xFDD0 and <= 0xFDEF;
}
