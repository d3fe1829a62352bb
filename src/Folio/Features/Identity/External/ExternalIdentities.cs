using System.Security.Claims;
using Folio.Data;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Identity.External;

/// <summary>Records who an outside provider says someone is, keyed by (issuer, subject).</summary>
public sealed class ExternalIdentities(FolioDbContext db, ExternalAvatars avatars, TimeProvider clock)
{
    /// <summary>The identity for the provider's claims, created on first sight and refreshed after; null when the claims lack a subject.</summary>
    public async Task<ExternalIdentity?> RememberAsync(ExternalProvider provider, ClaimsPrincipal claims, CancellationToken cancellationToken)
    {
        var subject = claims.FindFirst("sub");
        if (subject is null || subject.Value.Length is 0 or > 255) return null;
        var issuer = subject.Issuer;
        var name = Trimmed(claims.FindFirstValue("name") ?? claims.FindFirstValue("preferred_username") ?? subject.Value, 100);
        var profile = claims.FindFirstValue("profile") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" && url.Length <= 2048
            ? url : null;
        var now = clock.GetUtcNow().UtcDateTime;

        for (var attempt = 0; ; attempt++)
        {
            var identity = await db.ExternalIdentities.FirstOrDefaultAsync(i => i.Issuer == issuer && i.Subject == subject.Value, cancellationToken);
            if (identity is null)
            {
                identity = new ExternalIdentity { Issuer = issuer, Subject = subject.Value, CreatedAt = now };
                db.ExternalIdentities.Add(identity);
            }
            (identity.Provider, identity.DisplayName, identity.ProfileUrl, identity.LastSeenAt) = (provider.Name, name, profile, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await FetchPictureOnceAsync(identity, claims, cancellationToken);
                return identity;
            }
            catch (DbUpdateException exception) when (UniqueViolation.Is(exception) && attempt == 0)
            {
                db.ChangeTracker.Clear(); // the same person logging in twice at once: the other made the row
            }
        }
    }

    /// <summary>The provider's picture, the first time the person is seen with one; Folio serves it from then on.</summary>
    private async Task FetchPictureOnceAsync(ExternalIdentity identity, ClaimsPrincipal claims, CancellationToken cancellationToken)
    {
        if (identity.AvatarPath is not null || claims.FindFirstValue("picture") is not { } picture) return;
        identity.AvatarPath = await avatars.FetchAsync(identity.Id, picture, cancellationToken);
        if (identity.AvatarPath is not null) await db.SaveChangesAsync(cancellationToken);
    }

    private static string Trimmed(string text, int length) => text.Length <= length ? text : text[..length];
}
