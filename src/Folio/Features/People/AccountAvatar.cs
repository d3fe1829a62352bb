using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Folio.Features.Comments;

namespace Folio.Features.People;

/// <summary>The picture of a platform account, wherever the account shows up (likers, profiles).</summary>
public static class AccountAvatar
{
    /// <summary>
    /// The account's uploaded picture when it has one that can be reached from any host (an
    /// absolute URL, or a path on the account's own site); otherwise Folio's generated avatar,
    /// whose seed is derived from the account id so it stays the same everywhere and forever.
    /// </summary>
    /// <param name="accountId">The account.</param>
    /// <param name="avatarUrl">What the account stored, if anything.</param>
    /// <param name="ownSiteUrl">The account's own site, <c>http://ada.localhost:5000/</c>, which a stored path is relative to.</param>
    public static string Url(long accountId, string? avatarUrl, string? ownSiteUrl)
    {
        if (avatarUrl is { Length: > 0 })
        {
            if (Uri.TryCreate(avatarUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return absolute.AbsoluteUri;
            if (avatarUrl.StartsWith('/') && ownSiteUrl is not null) return new Uri(new Uri(ownSiteUrl), avatarUrl).AbsoluteUri;
        }
        return Avatars.Url(Seed(accountId));
    }

    private static string Seed(long accountId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("folio-account:" + accountId.ToString(CultureInfo.InvariantCulture))))[..16].ToLowerInvariant();
}
