using Folio.Features.Posts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Folio.Features.Comments;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> comment)
    {
        comment.Property(c => c.AuthorName).HasMaxLength(CommentLimits.NameLength);
        comment.Property(c => c.AuthorEmail).HasMaxLength(CommentLimits.EmailLength);
        comment.Property(c => c.AuthorUrl).HasMaxLength(CommentLimits.UrlLength);
        comment.Property(c => c.IpAddress).HasMaxLength(45);
        comment.Property(c => c.AvatarSeed).HasMaxLength(32);
        comment.HasOne<Post>().WithMany().HasForeignKey(c => c.PostId).OnDelete(DeleteBehavior.Cascade);
        comment.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        comment.HasOne<Identity.ExternalIdentity>().WithMany().HasForeignKey(c => c.ExternalIdentityId).OnDelete(DeleteBehavior.SetNull);
        // A post page: its approved comments, oldest first.
        comment.HasIndex(c => new { c.SiteId, c.PostId, c.Status, c.CreatedAt });
        // The moderation queue, and "has this email been approved here before?".
        comment.HasIndex(c => new { c.SiteId, c.Status, c.CreatedAt });
        // A commenter's own comments (duplicates, first-time holding, avatar): outside identities share an empty email.
        comment.HasIndex(c => new { c.SiteId, c.AuthorEmail, c.ExternalIdentityId, c.Status });
        // Settles "already imported" for WordPress imports; nulls (comments made here) never clash.
        comment.HasIndex(c => new { c.SiteId, c.WordPressId }).IsUnique();
    }
}

/// <summary>Sizes a comment's fields may have; longer input is refused with a clear message, never cut.</summary>
public static class CommentLimits
{
    public const int NameLength = 100;
    public const int EmailLength = Mail.EmailAddresses.MaxLength;
    public const int UrlLength = 500;
    public const int BodyLength = 20_000;
}

internal sealed class CommentSubscriptionConfiguration : IEntityTypeConfiguration<CommentSubscription>
{
    public void Configure(EntityTypeBuilder<CommentSubscription> subscription)
    {
        subscription.Property(s => s.Email).HasMaxLength(CommentLimits.EmailLength);
        subscription.Property(s => s.Token).HasMaxLength(32);
        subscription.HasOne<Post>().WithMany().HasForeignKey(s => s.PostId).OnDelete(DeleteBehavior.Cascade);
        subscription.HasIndex(s => new { s.SiteId, s.PostId, s.Email }).IsUnique();
        subscription.HasIndex(s => new { s.SiteId, s.Token }).IsUnique();
    }
}

internal sealed class CommentDraftConfiguration : IEntityTypeConfiguration<CommentDraft>
{
    public void Configure(EntityTypeBuilder<CommentDraft> draft)
    {
        draft.Property(d => d.Token).HasMaxLength(32);
        draft.Property(d => d.Body).HasMaxLength(CommentLimits.BodyLength);
        draft.HasOne<Post>().WithMany().HasForeignKey(d => d.PostId).OnDelete(DeleteBehavior.Cascade);
        draft.HasIndex(d => new { d.SiteId, d.Token }).IsUnique();
        draft.HasIndex(d => new { d.SiteId, d.CreatedAt });
    }
}
