using Microsoft.AspNetCore.Routing.Matching;

namespace Folio.Features.Sites;

/// <summary>Endpoint metadata: this endpoint answers only on hosts of the given kind.</summary>
public interface IHostKindMetadata
{
    HostKind Kind { get; }
}

/// <summary>Marks a page model as a site's page (not served at the platform or unknown hosts).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SitePageAttribute : Attribute, IHostKindMetadata
{
    public HostKind Kind => HostKind.Site;
}

/// <summary>Marks a page model as the platform's page (served only at the root domain).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PlatformPageAttribute : Attribute, IHostKindMetadata
{
    public HostKind Kind => HostKind.Platform;
}

/// <summary>
/// Lets the platform and every site use the same paths ("/" is the landing page on the root
/// domain and the latest posts on a site): candidates whose required host kind differs from
/// the request's are set aside, so "/" on a site never reaches the landing page.
/// </summary>
internal sealed class HostKindMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(endpoint => endpoint.Metadata.GetMetadata<IHostKindMetadata>() is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var kind = httpContext.RequestServices.GetRequiredService<CurrentSite>().Kind;
        for (var i = 0; i < candidates.Count; i++)
        {
            var required = candidates[i].Endpoint.Metadata.GetMetadata<IHostKindMetadata>();
            if (required is not null && required.Kind != kind) candidates.SetValidity(i, false);
        }
        return Task.CompletedTask;
    }
}

public static class HostKindEndpointExtensions
{
    /// <summary>Serves these endpoints only on site hosts.</summary>
    public static TBuilder ForSites<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new SitePageAttribute());
}
