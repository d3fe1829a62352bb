using Folio.Data;
using Folio.Features.Identity;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Media;

/// <summary>New alt text for an item of the current site's library.</summary>
public sealed record ChangeAltText(long Id, string AltText);

/// <summary>Null when saved; otherwise why nothing changed.</summary>
public sealed record ChangeAltTextResult(MediaRefusal? Refusal);

public sealed class ChangeAltTextHandler(FolioDbContext db, SiteAccess access, Localizer T)
{
    public async Task<ChangeAltTextResult> HandleAsync(ChangeAltText request, CancellationToken cancellationToken = default)
    {
        var item = await db.Media.FirstOrDefaultAsync(m => m.Id == request.Id, cancellationToken);
        if (item is null) return new ChangeAltTextResult(MediaRefusal.NotFound(T));
        if (!MediaPermissions.MayChange(await access.RoleAsync(cancellationToken), access.AccountId, item))
            return new ChangeAltTextResult(MediaRefusal.Forbidden(T["Only editors, administrators and the author who uploaded an image may change its alt text."]));
        if (AltText.Problem(request.AltText, T) is { } problem) return new ChangeAltTextResult(MediaRefusal.Invalid(problem));

        item.AltText = request.AltText.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return new ChangeAltTextResult(null);
    }
}
