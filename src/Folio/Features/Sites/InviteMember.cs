using System.Security.Cryptography;
using System.Text;
using Folio.Data;
using Folio.Features.Mail;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Sites;

/// <summary>
/// Invites someone by email to join the current site with a role, or, with no role, to read it
/// while it is private (<see cref="SiteViewer"/>).
/// </summary>
public sealed record InviteMember(string Email, SiteRole? Role, long InvitedById);

public sealed class InviteMemberHandler(FolioDbContext db, CurrentSite currentSite, MailOutbox outbox, TimeProvider clock, Localizer T)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>Sends the invitation; returns why it could not be sent, or null.</summary>
    public async Task<string?> HandleAsync(InviteMember request, Func<string, string> siteUrl, CancellationToken cancellationToken = default)
    {
        var email = request.Email.Trim();
        if (!EmailAddresses.IsValid(email)) return T[EmailAddresses.Problem];
        if (request.Role is { } role && !Enum.IsDefined(role)) return T["Choose a role."];
        var alreadyMember = await db.SiteMembers.AnyAsync(m => m.Account.Email == email, cancellationToken);
        if (alreadyMember) return T["{0} is already a member of this site.", email];
        if (request.Role is null && await db.SiteViewers.AnyAsync(v => v.Account.Email == email, cancellationToken))
            return T["{0} may already read this site.", email];

        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        db.SiteInvitations.Add(new SiteInvitation
        {
            // A reader's invitation has no role; the column holds the weakest, which nothing reads.
            Email = email, Role = request.Role ?? SiteRole.Contributor, AsViewer = request.Role is null,
            TokenHash = Hash(secret), InvitedById = request.InvitedById, CreatedAt = now, ExpiresAt = now + Lifetime,
        });
        // The invitation and its mail are saved together.
        outbox.Enqueue(Mail(email, request.Role, siteUrl($"/invitation/?token={secret}")));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The invitation in the site's language, whatever the inviter's dashboard speaks: it comes from the site.</summary>
    private OutgoingMail Mail(string email, SiteRole? role, string acceptUrl)
    {
        var site = currentSite.Required;
        using var language = LanguageScope.Of(site.Language);
        return new OutgoingMail(email, T["You are invited to {0}", site.Title],
            $"{SiteRoles.Invitation(site.Title, role, T)}\n\n" +
            $"{T["Accept the invitation (log in or create a Folio account with this email first):"]}\n{acceptUrl}\n\n" +
            $"{T.Plural(Lifetime.Days, "The invitation lasts {0} day. If you do not know this site, ignore this mail.", "The invitation lasts {0} days. If you do not know this site, ignore this mail.")}\n");
    }

    /// <summary>Only a hash of the secret is stored, so a copy of the database cannot accept invitations.</summary>
    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
