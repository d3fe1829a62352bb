using Folio.Features.Sites;

namespace Folio.Features.Media;

/// <summary>Who may do what with a site's media, as in WordPress.</summary>
public static class MediaPermissions
{
    /// <summary>Authors, editors and administrators upload; contributors only write drafts for review.</summary>
    public static bool MayUpload(SiteRole? role) => role is SiteRole.Administrator or SiteRole.Editor or SiteRole.Author;

    /// <summary>Editors and administrators may change or delete any item; authors only their own.</summary>
    public static bool MayChange(SiteRole? role, long? accountId, MediaItem item) => role switch
    {
        SiteRole.Administrator or SiteRole.Editor => true,
        SiteRole.Author => accountId == item.UploaderId,
        _ => false,
    };
}
