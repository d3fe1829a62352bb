using Folio.Features.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Folio.Features.Media;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> media)
    {
        media.Property(m => m.OriginalName).HasMaxLength(255);
        media.Property(m => m.StoredName).HasMaxLength(100);
        media.Property(m => m.ContentType).HasMaxLength(50);
        media.Property(m => m.AltText).HasMaxLength(AltText.MaxLength);
        media.Property(m => m.Sizes).HasMaxLength(100);
        media.HasOne<Site>().WithMany().HasForeignKey(m => m.SiteId).OnDelete(DeleteBehavior.Cascade);
        media.HasIndex(m => new { m.SiteId, m.StoredName }).IsUnique();
        media.HasIndex(m => new { m.SiteId, m.UploadedAt });
        media.HasIndex(m => new { m.SiteId, m.WordPressId }).IsUnique();
        media.Property(m => m.WordPressPath).HasMaxLength(MediaItem.WordPressPathLength);
        media.HasIndex(m => new { m.SiteId, m.WordPressPath });
    }
}
