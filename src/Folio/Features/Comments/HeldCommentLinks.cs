using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Folio.Features.Comments;

/// <summary>
/// The token that lets the author of a held comment see it (with "Your comment is awaiting
/// moderation.") on the post page, and nobody else: a protected, time-limited comment id.
/// </summary>
public sealed class HeldCommentLinks(IDataProtectionProvider protection)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);
    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Folio.HeldComment.v1").ToTimeLimitedDataProtector();

    public string Token(long commentId) => protector.Protect(commentId.ToString(System.Globalization.CultureInfo.InvariantCulture), Lifetime);

    /// <summary>The comment id in a valid token, or null.</summary>
    public long? CommentId(string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            return long.TryParse(protector.Unprotect(token), out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
