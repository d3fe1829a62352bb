using Folio.Infrastructure.Localization;

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

    /// <summary>What an invitation offers, in a sentence: to join the site with a role, or to read it.</summary>
    public static string Invitation(string siteTitle, InvitationGrant grant, Localizer T) => grant is InvitationGrant.AsMember { Role: var offered }
        ? T["You are invited to join {0} as {1}.", siteTitle, InvitedAs(offered, T)]
        : T["You are invited to read {0}, a private site.", siteTitle];

    /// <summary>The role as an invitation names it: "You are invited to join … as author".</summary>
    public static string InvitedAs(SiteRole role, Localizer T) => role switch
    {
        SiteRole.Administrator => T.InContext("invited as", "administrator"),
        SiteRole.Editor => T.InContext("invited as", "editor"),
        SiteRole.Author => T.InContext("invited as", "author"),
        _ => T.InContext("invited as", "contributor"),
    };
}
