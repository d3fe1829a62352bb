namespace Folio.Infrastructure;

/// <summary>
/// The cookies that make a request personal: a page for a request carrying one is rendered for
/// one reader (an outside commenter, which protected posts they opened), so it is neither served from
/// nor stored in the output cache everyone shares (<see cref="SitePageCachePolicy"/>). Each
/// feature declares its own cookies with <see cref="PersonalCookieRegistration.AddPersonalCookie"/>;
/// Infrastructure knows none of them by name.
/// </summary>
public sealed class PersonalCookies
{
    public List<string> Names { get; } = [];

    /// <summary>Whether the request carries any of them, under its plain or its <c>__Host-</c> name.</summary>
    public bool AnyIn(IRequestCookieCollection cookies)
    {
        // Asked on every request the output cache sees: a loop, so that no closure is allocated.
        foreach (var name in Names)
        {
            if (CookieNames.Has(cookies, name)) return true;
        }
        return false;
    }
}

public static class PersonalCookieRegistration
{
    /// <summary>Declares a cookie of the feature that makes the pages of a request carrying it personal.</summary>
    public static IServiceCollection AddPersonalCookie(this IServiceCollection services, string name) =>
        services.Configure<PersonalCookies>(cookies => cookies.Names.Add(name));
}
