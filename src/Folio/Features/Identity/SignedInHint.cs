using Folio.Infrastructure;
using Microsoft.Extensions.Options;

namespace Folio.Features.Identity;

/// <summary>
/// A cookie on each host that tells the page's script "this browser is signed in here", so that
/// the page every reader shares asks for the reader's own parts (Features/Personal) only when
/// there are some: anonymous readers make no second request. It proves nothing and grants
/// nothing (the session cookie, which scripts cannot read, decides); it is set with the session
/// and taken away with it, and a script that finds it stale (no parts) takes it away too.
/// </summary>
public static class SignedInHint
{
    public const string Cookie = "folio_reader";

    /// <summary>As long as a session cookie lives unused; every signed-in request that lacks it sets it again.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    /// <summary>Gives the browser the hint, unless it has it (a request of a signed-in session).</summary>
    public static void Keep(HttpContext context)
    {
        if (!CookieNames.Has(context.Request.Cookies, Cookie))
            CookieNames.AppendHostOnly(context, Cookie, "1", Lifetime, Options(context), readableByScripts: true);
    }

    /// <summary>Takes the hint away (the session ends).</summary>
    public static void Clear(HttpContext context)
    {
        if (CookieNames.Has(context.Request.Cookies, Cookie)) CookieNames.DeleteHostOnly(context, Cookie, Options(context));
    }

    private static FolioOptions Options(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<FolioOptions>>().Value;
}
