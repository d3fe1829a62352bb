using Folio.Data;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Folio.Features.Sites;

/// <summary>The current site's reading and address settings.</summary>
public sealed record UpdateSiteSettings(string? CustomDomain, int PostsPerPage);

public sealed partial class UpdateSiteSettingsHandler(
    FolioDbContext db, CurrentSite currentSite, SiteDirectory directory, IOutputCacheStore cache, IOptions<FolioOptions> options)
{
    /// <summary>Saves the settings; returns why they could not be saved (nothing was), or null.</summary>
    public async Task<string?> HandleAsync(UpdateSiteSettings request, CancellationToken cancellationToken = default)
    {
        var domain = string.IsNullOrWhiteSpace(request.CustomDomain) ? null : request.CustomDomain.Trim().TrimEnd('.').ToLowerInvariant();
        if (domain is not null)
        {
            if (Uri.CheckHostName(domain) != UriHostNameType.Dns || !domain.Contains('.') || domain.Length > 253)
                return "A custom domain is a host name such as blog.example.com, without http:// or a path.";
            var root = options.Value.RootDomain;
            if (domain == root || domain.EndsWith("." + root, StringComparison.Ordinal))
                return $"Addresses under {root} belong to the platform; use a domain of your own.";
        }
        if (request.PostsPerPage is < 1 or > 50) return "Posts per page must be between 1 and 50.";

        var before = currentSite.Required;
        var site = await db.Sites.SingleAsync(s => s.Id == before.Id, cancellationToken);
        site.CustomDomain = domain;
        site.PostsPerPage = request.PostsPerPage;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return $"{domain} is already the address of another site.";
        }
        directory.Forget(before);
        await cache.EvictSiteAsync(site.Id, cancellationToken);
        return null;
    }
}
