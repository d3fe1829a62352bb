using System.Security.Cryptography;
using System.Text;

namespace Folio.Features.Curation;

/// <summary>Fixed-length keys for the unique indexes that let exactly one importer claim an item or an article.</summary>
public static class ItemKeys
{
    /// <summary>SHA-256 in lower-case hex: 64 characters, whatever the length of what it names.</summary>
    public static string Of(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
