using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Folio.Features.Sites;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> site)
    {
        site.Property(s => s.Slug).HasMaxLength(SiteSlug.MaxLength);
        site.Property(s => s.Title).HasMaxLength(200);
        site.Property(s => s.Tagline).HasMaxLength(300);
        site.Property(s => s.CustomDomain).HasMaxLength(253);
        site.Property(s => s.CustomDomainToken).HasMaxLength(64);
        site.Property(s => s.Theme).HasMaxLength(32);
        site.Property(s => s.AccentColor).HasMaxLength(7);
        site.Property(s => s.HeaderImageUrl).HasMaxLength(500);
        site.Property(s => s.IconUrl).HasMaxLength(500);
        site.Property(s => s.ModerationWords).HasMaxLength(10_000);
        site.Property(s => s.BlocklistWords).HasMaxLength(10_000);
        site.Property(s => s.AttributionText).HasMaxLength(300);
        site.Property(s => s.Language).HasMaxLength(35); // BCP 47's longest common tags fit in 35
        site.Property(s => s.TimeZone).HasMaxLength(SiteTimeZones.MaxLength);
        site.HasIndex(s => s.Slug).IsUnique();
        // A domain is one site's once verified; before that several sites may wait for it, so
        // nobody can hold a domain they do not control and keep its owner from claiming it.
        site.HasIndex(s => s.CustomDomain).IsUnique().HasFilter("custom_domain_verified_at IS NOT NULL");
    }
}

internal sealed class SiteMemberConfiguration : IEntityTypeConfiguration<SiteMember>
{
    public void Configure(EntityTypeBuilder<SiteMember> member)
    {
        member.HasKey(m => new { m.SiteId, m.AccountId });
        member.HasOne<Site>().WithMany().HasForeignKey(m => m.SiteId).OnDelete(DeleteBehavior.Cascade);
        member.HasOne(m => m.Account).WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.Cascade);
        // "Which sites is this account a member of?" is asked across sites, by account.
        member.HasIndex(m => m.AccountId);
    }
}

internal sealed class SiteViewerConfiguration : IEntityTypeConfiguration<SiteViewer>
{
    public void Configure(EntityTypeBuilder<SiteViewer> viewer)
    {
        viewer.HasKey(v => new { v.SiteId, v.AccountId });
        viewer.HasOne<Site>().WithMany().HasForeignKey(v => v.SiteId).OnDelete(DeleteBehavior.Cascade);
        viewer.HasOne(v => v.Account).WithMany().HasForeignKey(v => v.AccountId).OnDelete(DeleteBehavior.Cascade);
        // "Which private sites may this account read?" is asked across sites, by account.
        viewer.HasIndex(v => v.AccountId);
    }
}

internal sealed class SiteInvitationConfiguration : IEntityTypeConfiguration<SiteInvitation>
{
    public void Configure(EntityTypeBuilder<SiteInvitation> invitation)
    {
        invitation.Property(i => i.Email).HasMaxLength(256);
        invitation.Property(i => i.TokenHash).HasMaxLength(64);
        invitation.HasOne<Site>().WithMany().HasForeignKey(i => i.SiteId).OnDelete(DeleteBehavior.Cascade);
        invitation.HasIndex(i => new { i.SiteId, i.TokenHash }).IsUnique();
        invitation.HasIndex(i => new { i.SiteId, i.Email });
    }
}
