using System.Security.Cryptography;
using System.Text;

namespace Folio.Features.Identity.ApplicationPasswords;

/// <summary>
/// Makes and hashes application passwords in WordPress's form: 24 letters and digits, shown in
/// groups of four (<c>abcd EFGH 1234 …</c>); the spaces are optional when the password is used.
/// </summary>
/// <remarks>
/// A password made here carries about 143 bits of randomness, so no one can guess it online or
/// search for it from its hash. A slow password hash (which protects what people choose
/// themselves) would only slow every API call down, so a single SHA-256 is enough, as in
/// WordPress 6.8 and in API-token schemes generally.
/// </remarks>
public static class ApplicationPasswordSecret
{
    public const int NameLength = 100;
    private const int Length = 24;
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /// <summary>A new password, grouped for reading.</summary>
    public static string Create()
    {
        var secret = RandomNumberGenerator.GetString(Alphabet, Length);
        return string.Join(' ', secret.Chunk(4).Select(group => new string(group)));
    }

    /// <summary>The hash kept for a password as typed, with or without its spaces.</summary>
    public static byte[] Hash(string typed) => SHA256.HashData(Encoding.UTF8.GetBytes(typed.Replace(" ", "", StringComparison.Ordinal)));
}
