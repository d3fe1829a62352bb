using System.Text.RegularExpressions;
using Folio.Infrastructure.Localization;

namespace Folio.Features.Sites;

/// <summary>The rules for a site's address label (<c>{slug}.{RootDomain}</c>).</summary>
public static partial class SiteSlug
{
    public const int MinLength = 3;

    /// <summary>A DNS label is at most 63 characters.</summary>
    public const int MaxLength = 63;

    /// <summary>
    /// Letters, digits and inner hyphens, as the form's <c>pattern</c> for the browser to check before
    /// sending, and (anchored) for <see cref="Problem"/>. Browsers compile a pattern with the <c>v</c>
    /// flag, where a bare <c>-</c> in a class is an error that silently turns the check off: it is escaped.
    /// </summary>
    public const string Pattern = @"[a-z0-9]([a-z0-9\-]*[a-z0-9])?";

    private static readonly HashSet<string> Reserved =
    [
        "www", "admin", "api", "app", "mail", "smtp", "imap", "ftp", "static", "assets", "cdn",
        "media", "files", "login", "signup", "auth", "account", "accounts", "dashboard", "help",
        "support", "status", "blog", "news", "docs", "root", "folio", "reader", "feeds", "feed",
    ];

    /// <summary>Why a slug cannot be used, in the language of the request, or null when it can.</summary>
    public static string? Problem(string slug, Localizer T)
    {
        if (slug.Length < MinLength || slug.Length > MaxLength)
            return T["A site address must be {0} to {1} characters long.", MinLength, MaxLength];
        if (!Shape().IsMatch(slug))
            return T["A site address may use only lower-case letters a–z, digits and hyphens, and must start and end with a letter or digit."];
        if (Reserved.Contains(slug))
            return T["The address \"{0}\" is reserved; please choose another.", slug];
        return null;
    }

    [GeneratedRegex("^(?:" + Pattern + ")$")]
    private static partial Regex Shape();
}
