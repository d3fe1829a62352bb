using System.Security.Claims;
using Folio.Features.Identity.ApplicationPasswords;
using Microsoft.AspNetCore.Authentication;

namespace Folio.Features.RestApi;

/// <summary>
/// Who calls the REST API: an account through one of its application passwords, or nobody.
/// A browser's session cookie is not a credential here. WordPress accepts cookies only with a
/// nonce header; without one, any page could make a signed-in reader's browser write through
/// the API. Folio's clients are programs, so the API takes application passwords alone.
/// </summary>
public static class RestAuthentication
{
    public static async ValueTask<object?> AuthenticateAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var result = await context.AuthenticateAsync(ApplicationPasswordAuthentication.SchemeName);
        if (result.Failure is ApplicationPasswordRefusal refusal)
            return RestPaging.Error(refusal.Code, refusal.Message, StatusCodes.Status401Unauthorized);
        context.User = result.Principal ?? new ClaimsPrincipal(new ClaimsIdentity());
        return await next(invocation);
    }
}
