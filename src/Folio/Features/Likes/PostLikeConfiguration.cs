using Folio.Features.Identity;
using Folio.Features.Posts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Folio.Features.Likes;

internal sealed class PostLikeConfiguration : IEntityTypeConfiguration<PostLike>
{
    public void Configure(EntityTypeBuilder<PostLike> like)
    {
        like.HasKey(l => new { l.SiteId, l.PostId, l.AccountId });
        like.HasOne<Post>().WithMany().HasForeignKey(l => l.PostId).OnDelete(DeleteBehavior.Cascade);
        like.HasOne<Account>().WithMany().HasForeignKey(l => l.AccountId).OnDelete(DeleteBehavior.Cascade);
        // The likers of a post, most recent first.
        like.HasIndex(l => new { l.SiteId, l.PostId, l.CreatedAt });
    }
}
