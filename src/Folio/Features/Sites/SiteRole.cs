namespace Folio.Features.Sites;

/// <summary>What a member may do on one site, as in WordPress (highest first).</summary>
public enum SiteRole
{
    Administrator,
    Editor,
    Author,
    Contributor,
}

public static class SiteRoles
{
    /// <summary>
    /// The role a form names, spelt exactly as its options are; null for anything else. Model
    /// binding would turn a missing or misspelt value into the enum's default, Administrator.
    /// </summary>
    public static SiteRole? Parse(string? value) =>
        Enum.GetNames<SiteRole>().Contains(value, StringComparer.Ordinal) ? Enum.Parse<SiteRole>(value!) : null;
}
