using Folio.Features.Sites;

namespace Folio.Features.RestApi;

/// <summary>
/// A site role as WordPress's clients read it from <c>users/me?context=edit</c>: the role's
/// name and WordPress's capabilities for what Folio lets that role do (clients show or hide
/// their buttons by them). Nobody has <c>unfiltered_html</c> (every post is sanitised) or the
/// private-post capabilities (Folio has no private posts).
/// </summary>
public static class RestCapabilities
{
    private static readonly string[] Contributor = ["read", "edit_posts", "delete_posts"];
    private static readonly string[] Author = [.. Contributor, "upload_files", "publish_posts", "edit_published_posts", "delete_published_posts"];
    private static readonly string[] Editor =
    [
        .. Author, "edit_others_posts", "delete_others_posts", "moderate_comments", "manage_categories", "edit_pages", "edit_others_pages",
        "edit_published_pages", "publish_pages", "delete_pages", "delete_others_pages", "delete_published_pages",
    ];
    private static readonly string[] Administrator = [.. Editor, "manage_options", "edit_theme_options", "list_users", "promote_users", "import", "export"];

    /// <summary>WordPress's name of the role, as in <c>roles</c>.</summary>
    public static string Name(SiteRole role) => role.ToString().ToLowerInvariant();

    /// <summary>The role's capabilities, with the role's own name, as WordPress lists them; none without a role on the site.</summary>
    public static Dictionary<string, bool> Of(SiteRole? role)
    {
        var granted = role switch
        {
            SiteRole.Administrator => Administrator,
            SiteRole.Editor => Editor,
            SiteRole.Author => Author,
            SiteRole.Contributor => Contributor,
            _ => [],
        };
        var capabilities = granted.ToDictionary(capability => capability, _ => true);
        if (role is { } named) capabilities[Name(named)] = true;
        return capabilities;
    }
}
