using Folio.Features.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Folio.Features.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.Property(n => n.Actor).HasMaxLength(100);
        notification.Property(n => n.Subject).HasMaxLength(500);
        notification.Property(n => n.Url).HasMaxLength(1000);
        notification.HasOne<Account>().WithMany().HasForeignKey(n => n.AccountId).OnDelete(DeleteBehavior.Cascade);
        // A blogger's dashboard: their latest notifications on this site.
        notification.HasIndex(n => new { n.SiteId, n.AccountId, n.CreatedAt });
    }
}
