using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Folio.Data;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Identity;

/// <summary>
/// An account's sessions, one per browser. Logging in starts one, named by a random id that the
/// session cookie carries; a site host that borrows the platform's login through a ticket
/// continues the platform session's id, so one browser's sessions on every host share it.
/// "Log Out" ends that id: this browser on every host, no other browser. "Log out everywhere
/// else" ends the account's other ids, a password reset all of them. Every request that carries
/// a session cookie asks whether its id still lives, so an ended session is over at once, on
/// every host and every server of a fleet. The answer is kept in the read-model cache (Redis in a
/// fleet) under the account's sessions tag, which ending a session evicts: a signed-in request
/// asks the cache, not the database (anonymous pages come from the output cache without
/// authentication, and ask neither).
/// </summary>
/// <remarks>
/// A live session is an account token (the tokens table Identity already has, so no table of
/// its own): the provider names Folio's sessions, the name is the id, the value the last time
/// the session was seen, so that sessions whose cookies have long expired can be swept.
/// </remarks>
public sealed class BrowserSessions(FolioDbContext db, ReadModelCache cache, IOutputCacheStore store, TimeProvider clock)
{
    private const string TokenProvider = "folio:session";
    private const string PropertyKey = "folio.session";

    /// <summary>Longer than a session cookie lives unused: a session not seen for this long is over anyway.</summary>
    private static readonly TimeSpan Forgotten = TimeSpan.FromDays(15);

    /// <summary>How often a session's "last seen" is written: once a day is enough to keep it from being swept.</summary>
    private static readonly TimeSpan SeenEvery = TimeSpan.FromDays(1);

    /// <summary>The session id a session cookie's properties carry, or null.</summary>
    public static string? IdOf(AuthenticationProperties? properties) =>
        properties is not null && properties.Items.TryGetValue(PropertyKey, out var id) ? id : null;

    /// <summary>The id of this browser's session on the request's host, or null when it has none.</summary>
    public static async Task<string?> IdOnThisHostAsync(HttpContext context) =>
        IdOf((await context.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Properties);

    /// <summary>Makes a sign-in on this host continue the session with that id (a browser arriving from the platform).</summary>
    public static void Continue(AuthenticationProperties properties, string id) => properties.Items[PropertyKey] = id;

    /// <summary>
    /// The session cookie's sign-in event: a sign-in that does not continue a session (a refresh
    /// of this one, or a ticket from the platform) starts a new one.
    /// </summary>
    internal static async Task StartUnlessContinuedAsync(CookieSigningInContext context)
    {
        if (IdOf(context.Properties) is not null) return;
        if (!long.TryParse(context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var accountId)) return;
        var sessions = context.HttpContext.RequestServices.GetRequiredService<BrowserSessions>();
        Continue(context.Properties, await sessions.StartAsync(accountId, context.HttpContext.RequestAborted));
    }

    /// <summary>
    /// The session cookie's check on every request that brings one: its session must still live,
    /// or the cookie is refused and removed. Then Identity's own check, which reads the account's
    /// claims again every <c>Folio:Login:SessionCheckInterval</c>.
    /// </summary>
    internal static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<BrowserSessions>();
        if (long.TryParse(context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var accountId)
            && await sessions.IsLiveAsync(accountId, IdOf(context.Properties), context.HttpContext.RequestAborted))
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
            // A session from before the hint existed, or whose hint the browser lost, gets it back.
            if (context.Principal is not null) SignedInHint.Keep(context.HttpContext);
            return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>Starts a session of the account; returns its id.</summary>
    public async Task<string> StartAsync(long accountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Sessions whose cookies expired unused are swept as the account starts new ones.
        var forgotten = Stamp(now - Forgotten);
        await OfAccount(accountId).Where(t => string.Compare(t.Value, forgotten) < 0).ExecuteDeleteAsync(cancellationToken);

        var session = new IdentityUserToken<long>
        {
            UserId = accountId, LoginProvider = TokenProvider, Name = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), Value = Stamp(now),
        };
        db.UserTokens.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(session).State = EntityState.Detached;
        return session.Name;
    }

    /// <summary>
    /// Whether the account's session with this id is still live (and notes that it was seen):
    /// from the cache while its "last seen" is recent, else from the database.
    /// </summary>
    public async Task<bool> IsLiveAsync(long accountId, string? id, CancellationToken cancellationToken)
    {
        if (id is null) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        var seenSince = Stamp(now - SeenEvery);
        var key = $"folio-read:session:{accountId}:{id}";
        if (await cache.GetAsync(key, cancellationToken) is { } kept && string.CompareOrdinal(Encoding.ASCII.GetString(kept), seenSince) >= 0) return true;

        // Read under the tag's generation: a session ended while it is being read is not remembered as live.
        var tag = Tag(accountId);
        var generation = await cache.BeginAsync(tag, cancellationToken);
        var session = OfAccount(accountId).Where(t => t.Name == id);
        var seen = await session.Select(t => t.Value).FirstOrDefaultAsync(cancellationToken);
        if (seen is null) return false;
        if (string.CompareOrdinal(seen, seenSince) < 0)
        {
            seen = Stamp(now);
            await session.ExecuteUpdateAsync(set => set.SetProperty(t => t.Value, seen), cancellationToken);
        }
        await cache.SetAsync(key, Encoding.ASCII.GetBytes(seen), [tag], [generation], cancellationToken);
        return true;
    }

    /// <summary>Ends one session: the browser that holds it is logged out on every host.</summary>
    public Task EndAsync(long accountId, string id, CancellationToken cancellationToken) =>
        EndAsync(accountId, OfAccount(accountId).Where(t => t.Name == id), cancellationToken);

    /// <summary>Ends every session of the account but the one with this id (null: every one).</summary>
    public Task EndAllButAsync(long accountId, string? keep, CancellationToken cancellationToken) =>
        EndAsync(accountId, OfAccount(accountId).Where(t => t.Name != keep), cancellationToken);

    /// <summary>Ends every session of the account (its password was reset).</summary>
    public Task EndAllAsync(long accountId, CancellationToken cancellationToken) => EndAsync(accountId, OfAccount(accountId), cancellationToken);

    /// <summary>Deletes the sessions, then forgets that any session of the account was live, on every server.</summary>
    private async Task EndAsync(long accountId, IQueryable<IdentityUserToken<long>> sessions, CancellationToken cancellationToken)
    {
        await sessions.ExecuteDeleteAsync(cancellationToken);
        // Not to be cancelled once the sessions are gone: a cached "live" would outlast them.
        await store.EvictByTagAsync(Tag(accountId), CancellationToken.None);
    }

    /// <summary>The cache tag of the account's live sessions.</summary>
    private static string Tag(long accountId) => $"sessions:{accountId}";

    private IQueryable<IdentityUserToken<long>> OfAccount(long accountId) =>
        db.UserTokens.Where(t => t.UserId == accountId && t.LoginProvider == TokenProvider);

    /// <summary>A moment as a fixed-width UTC text, so that stamps compare as text in either database.</summary>
    private static string Stamp(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
