using System.Security.Cryptography;
using System.Text;
using Folio.Data;
using Folio.Features.Mail;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Sites;

/// <summary>Invites someone by email to join the current site with a role.</summary>
public sealed record InviteMember(string Email, SiteRole Role, long InvitedById);

public sealed class InviteMemberHandler(FolioDbContext db, CurrentSite currentSite, MailOutbox outbox, TimeProvider clock, Localizer T)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>Sends the invitation; returns why it could not be sent, or null.</summary>
    public async Task<string?> HandleAsync(InviteMember request, Func<string, string> siteUrl, CancellationToken cancellationToken = default)
    {
        var email = request.Email.Trim();
        if (!EmailAddresses.IsValid(email)) return T[EmailAddresses.Problem];
        if (!Enum.IsDefined(request.Role)) return T["Choose a role."];
        var alreadyMember = await db.SiteMembers.AnyAsync(m => m.Account.Email == email, cancellationToken);
        if (alreadyMember) return T["{0} is already a member of this site.", email];

        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        db.SiteInvitations.Add(new SiteInvitation
        {
            Email = email, Role = request.Role, TokenHash = Hash(secret), InvitedById = request.InvitedById, CreatedAt = now, ExpiresAt = now + Lifetime,
        });
        // The invitation and its mail are saved together.
        var site = currentSite.Required;
        outbox.Enqueue(new OutgoingMail(email, $"You are invited to {site.Title}",
            $"You are invited to join {site.Title} as {request.Role.ToString().ToLowerInvariant()}.\n\n" +
            $"Accept the invitation (log in or create a Folio account with this email first):\n{siteUrl($"/invitation/?token={secret}")}\n\n" +
            $"The invitation lasts {Lifetime.Days} days. If you do not know this site, ignore this mail.\n"));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Only a hash of the secret is stored, so a copy of the database cannot accept invitations.</summary>
    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
