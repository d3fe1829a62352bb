using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Media;

/// <summary>Removes an item from the current site's library, with its original and copies.</summary>
public sealed record DeleteMedia(long Id);

/// <summary>Null when the item is gone; otherwise why nothing changed.</summary>
public sealed record DeleteMediaResult(MediaRefusal? Refusal);

public sealed class DeleteMediaHandler(FolioDbContext db, CurrentSite currentSite, SiteAccess access, MediaStorage storage, Localizer T)
{
    public async Task<DeleteMediaResult> HandleAsync(DeleteMedia request, CancellationToken cancellationToken = default)
    {
        // db.Media sees only this site's rows: another site's id is simply not found.
        var item = await db.Media.FirstOrDefaultAsync(m => m.Id == request.Id, cancellationToken);
        if (item is null) return new DeleteMediaResult(MediaRefusal.NotFound(T));
        if (!MediaPermissions.MayChange(await access.RoleAsync(cancellationToken), access.AccountId, item))
            return new DeleteMediaResult(MediaRefusal.Forbidden(T["Only editors, administrators and the author who uploaded an image may delete it."]));

        db.Media.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        // The row went first: from now on nothing serves these files, so removing them cannot break a request.
        var siteId = currentSite.Required.Id;
        foreach (var name in MediaNames.AllFiles(item)) storage.DeleteQuietly(storage.PathOf(siteId, name));
        return new DeleteMediaResult(null);
    }
}
