using Folio.Features.Identity;
using Folio.Features.Mail;
using Folio.Features.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Folio.Features.Follows;

internal sealed class FollowerConfiguration : IEntityTypeConfiguration<Follower>
{
    public void Configure(EntityTypeBuilder<Follower> follower)
    {
        follower.Property(f => f.Email).HasMaxLength(EmailAddresses.MaxLength);
        follower.Property(f => f.Token).HasMaxLength(32);
        follower.HasOne<Site>().WithMany().HasForeignKey(f => f.SiteId).OnDelete(DeleteBehavior.Cascade);
        follower.HasOne<Account>().WithMany().HasForeignKey(f => f.AccountId).OnDelete(DeleteBehavior.Cascade);
        // One follow per account and per address; unique keys, so a double click cannot make two.
        follower.HasIndex(f => new { f.SiteId, f.AccountId }).IsUnique();
        follower.HasIndex(f => new { f.SiteId, f.Email }).IsUnique();
        follower.HasIndex(f => new { f.SiteId, f.Token }).IsUnique();
        // The Reader asks across sites: which sites does this account follow?
        follower.HasIndex(f => f.AccountId);
    }
}
