using Folio.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Folio.Features.Posts;

/// <summary>
/// An address a published post or page had before its slug or date changed (or that it had on
/// WordPress, its <c>_wp_old_slug</c>), which answers a 301 to where it lives now, as WordPress
/// does: links already shared keep working.
/// </summary>
public class PostOldPath : ISiteOwned
{
    public const int PathLength = 600;

    public long Id { get; set; }
    public long SiteId { get; set; }
    public long PostId { get; set; }

    /// <summary>The old address, in the canonical form <see cref="PostPaths"/> writes.</summary>
    public string Path { get; set; } = "";
}

internal sealed class PostOldPathConfiguration : IEntityTypeConfiguration<PostOldPath>
{
    public void Configure(EntityTypeBuilder<PostOldPath> oldPath)
    {
        oldPath.Property(o => o.Path).HasMaxLength(PostOldPath.PathLength);
        oldPath.HasOne<Post>().WithMany().HasForeignKey(o => o.PostId).OnDelete(DeleteBehavior.Cascade);
        oldPath.HasIndex(o => new { o.SiteId, o.Path }).IsUnique();
        oldPath.HasIndex(o => new { o.SiteId, o.PostId });
    }
}
