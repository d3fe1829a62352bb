using System.Security.Cryptography;
using System.Text;
using Folio.Data;
using Folio.Features.Mail;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Sites;

/// <summary>Invites someone by email to the current site, to join it or to read it, as <paramref name="Grant"/> says.</summary>
public sealed record InviteMember(string Email, InvitationGrant Grant, long InvitedById);

/// <summary>What an invitation offers: to join the site as a member with a role, or to read it while it is private.</summary>
public abstract record InvitationGrant
{
    private InvitationGrant() { }

    /// <summary>To join the site as a member with <paramref name="Role"/>.</summary>
    public sealed record AsMember(SiteRole Role) : InvitationGrant;

    /// <summary>To read the site while it is private, with no role: an invited reader (<see cref="SiteViewer"/>).</summary>
    public sealed record AsReader : InvitationGrant;

    public static readonly InvitationGrant Reading = new AsReader();
}

public sealed class InviteMemberHandler(FolioDbContext db, CurrentSite currentSite, MailOutbox outbox, TimeProvider clock, Localizer T)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>Sends the invitation; returns why it could not be sent, or null.</summary>
    public async Task<string?> HandleAsync(InviteMember request, Func<string, string> siteUrl, CancellationToken cancellationToken = default)
    {
        var email = request.Email.Trim();
        if (!EmailAddresses.IsValid(email)) return T[EmailAddresses.Problem];
        if (request.Grant is InvitationGrant.AsMember { Role: var role } && !Enum.IsDefined(role)) return T["Choose a role."];
        var alreadyMember = await db.SiteMembers.AnyAsync(m => m.Account.Email == email, cancellationToken);
        if (alreadyMember) return T["{0} is already a member of this site.", email];
        if (request.Grant is InvitationGrant.AsReader && await db.SiteViewers.AnyAsync(v => v.Account.Email == email, cancellationToken))
            return T["{0} may already read this site.", email];

        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        db.SiteInvitations.Add(new SiteInvitation
        {
            // A reader's invitation has no role; the column holds the weakest, which nothing reads.
            Email = email, Role = request.Grant is InvitationGrant.AsMember member ? member.Role : SiteRole.Contributor, AsViewer = request.Grant is InvitationGrant.AsReader,
            TokenHash = Hash(secret), InvitedById = request.InvitedById, CreatedAt = now, ExpiresAt = now + Lifetime,
        });
        // The invitation and its mail are saved together.
        outbox.Enqueue(Mail(email, request.Grant, siteUrl($"/invitation/?token={secret}")));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The invitation in the site's language, whatever the inviter's dashboard speaks: it comes from the site.</summary>
    private OutgoingMail Mail(string email, InvitationGrant grant, string acceptUrl)
    {
        var site = currentSite.Required;
        using var language = LanguageScope.Of(site.Language);
        return new OutgoingMail(email, T["You are invited to {0}", site.Title],
            $"{SiteRoles.Invitation(site.Title, grant, T)}\n\n" +
            $"{T["Accept the invitation (log in or create a Folio account with this email first):"]}\n{acceptUrl}\n\n" +
            $"{T.Plural(Lifetime.Days, "The invitation lasts {0} day. If you do not know this site, ignore this mail.", "The invitation lasts {0} days. If you do not know this site, ignore this mail.")}\n");
    }

    /// <summary>Only a hash of the secret is stored, so a copy of the database cannot accept invitations.</summary>
    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
