using System.Text.RegularExpressions;

namespace Folio.Features.Sites;

/// <summary>The rules for a site's address label (<c>{slug}.{RootDomain}</c>).</summary>
public static partial class SiteSlug
{
    /// <summary>A DNS label is at most 63 characters.</summary>
    public const int MaxLength = 63;

    private static readonly HashSet<string> Reserved =
    [
        "www", "admin", "api", "app", "mail", "smtp", "imap", "ftp", "static", "assets", "cdn",
        "media", "files", "login", "signup", "auth", "account", "accounts", "dashboard", "help",
        "support", "status", "blog", "news", "docs", "root", "folio", "reader", "feeds", "feed",
    ];

    /// <summary>Why a slug cannot be used, or null when it can.</summary>
    public static string? Problem(string slug)
    {
        if (slug.Length < 3 || slug.Length > MaxLength)
            return $"A site address must be 3 to {MaxLength} characters long.";
        if (!Shape().IsMatch(slug))
            return "A site address may use only lower-case letters a–z, digits and hyphens, and must start and end with a letter or digit.";
        if (Reserved.Contains(slug))
            return $"The address \"{slug}\" is reserved; please choose another.";
        return null;
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")]
    private static partial Regex Shape();
}
