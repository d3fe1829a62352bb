using System.Security.Cryptography;
using Folio.Data;
using Folio.Features.Fetching;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Sites;

/// <summary>
/// Proves that whoever sets a custom domain controls it, before the domain routes to the site:
/// the domain must serve the site's token at <see cref="Path"/>, fetched over plain http as
/// certificate authorities check an HTTP challenge. Without the proof, any site could take a
/// domain whose DNS points at Folio before (or after) its owner's site does.
/// </summary>
public static class CustomDomainVerification
{
    public const string Path = "/.well-known/folio-domain-verification";

    /// <summary>A fresh token for a newly set domain: 128 random bits, in hex so it survives copying.</summary>
    public static string NewToken() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    public static Uri UrlFor(string domain) => new($"http://{domain}{Path}");

    /// <summary>Whether a site other than <paramref name="siteId"/> already has <paramref name="domain"/> verified.</summary>
    public static Task<bool> IsVerifiedElsewhereAsync(FolioDbContext db, string domain, long siteId, CancellationToken cancellationToken) =>
        db.Sites.AnyAsync(s => s.CustomDomain == domain && s.CustomDomainVerifiedAt != null && s.Id != siteId, cancellationToken);

    public static string TakenMessage(Localizer T, string domain) => T["{0} is already the address of another site.", domain];
}

/// <summary>Fetches the current site's verification URL through the guarded fetcher and, when it serves the token, lets the domain go live.</summary>
public sealed class VerifyCustomDomainHandler(
    FolioDbContext db, CurrentSite currentSite, GuardedFetcher fetcher, SiteDirectory directory, IOutputCacheStore cache, TimeProvider clock, Localizer T)
{
    /// <summary>Checks the domain; returns why it is not verified, or null once it is.</summary>
    public async Task<string?> HandleAsync(CancellationToken cancellationToken = default)
    {
        var before = currentSite.Required;
        if (before.LiveDomain is not null) return null;
        if (before.CustomDomain is not { } domain || before.CustomDomainToken is not { } token)
            return T["Enter a custom domain and save the settings before checking it."];
        if (await CustomDomainVerification.IsVerifiedElsewhereAsync(db, domain, before.Id, cancellationToken))
            return CustomDomainVerification.TakenMessage(T, domain);

        var url = CustomDomainVerification.UrlFor(domain);
        var answer = await fetcher.FetchAsync(new FetchRequest(url, Accept: "text/plain"), cancellationToken);
        if (!answer.Succeeded) return T["Folio could not read {0}: {1}. Serve the token there, then check again.", url, answer.Error ?? ""];
        if (answer.BodyText().Trim() != token)
            return T["{0} answered, but not with this site's token. Serve exactly the token below as the whole body of that address, then check again.", url];

        var site = await db.Sites.SingleAsync(s => s.Id == before.Id, cancellationToken);
        site.CustomDomainVerifiedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            // Another site verified the same domain between the check above and this save.
            return CustomDomainVerification.TakenMessage(T, domain);
        }
        directory.Forget(before);
        // Cached pages carry the sub-domain in their links; the domain is the site's address now.
        await cache.EvictSiteAsync(site.Id, cancellationToken);
        return null;
    }
}
