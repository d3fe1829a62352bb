using Folio.Data;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Folio.Features.Posts;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> post)
    {
        post.Property(p => p.Title).HasMaxLength(300);
        post.Property(p => p.Slug).HasMaxLength(Slugs.MaxLength);
        post.Property(p => p.Excerpt).HasMaxLength(1000);
        post.Property(p => p.OriginalUrl).HasMaxLength(2048);
        post.Property(p => p.SourceName).HasMaxLength(200);
        post.Property(p => p.OriginalAuthor).HasMaxLength(200);
        post.Property(p => p.FeaturedImageUrl).HasMaxLength(500);
        post.Property(p => p.Password).HasMaxLength(PostProtection.PasswordLength);
        post.Property(p => p.PublishedLocal).HasConversion<WallClockConverter>();
        post.HasOne<Site>().WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.Cascade);
        post.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        post.HasMany(p => p.Categories).WithOne().HasForeignKey(pc => pc.PostId).OnDelete(DeleteBehavior.Cascade);
        post.HasMany(p => p.Tags).WithOne().HasForeignKey(pt => pt.PostId).OnDelete(DeleteBehavior.Cascade);

        // As in WordPress, a page and a post may share a slug (a page lives at /{slug}/, a post
        // under its date); two posts may not, nor two pages.
        post.HasIndex(p => new { p.SiteId, p.Kind, p.Slug }).IsUnique();
        // Settles "already imported" for WordPress imports; nulls (posts written here) never clash.
        post.HasIndex(p => new { p.SiteId, p.WordPressId }).IsUnique();
        // Home page, date archives and feeds: a site's visible posts, newest first, read in index
        // order. Status is not in the key: "published or scheduled" is two values, which would
        // break that order; it filters the rows the date's range reads, nearly all of them public.
        post.HasIndex(p => new { p.SiteId, p.Kind, p.PublishedAt });
        post.HasIndex(p => new { p.SiteId, p.AuthorId, p.PublishedAt });
        // Date archives (/2024/10/11/) are days on the site's clock, as the posts' addresses are.
        post.HasIndex(p => new { p.SiteId, p.Kind, p.PublishedLocal });
        // The announcer's question, across sites: which published posts are not yet announced?
        post.HasIndex(p => new { p.AnnouncedAt, p.Status });
        // The trash emptier's question, across sites: what has been in the Trash long enough?
        post.HasIndex(p => p.TrashedAt);
        // A page's children, in their order.
        post.HasIndex(p => new { p.SiteId, p.ParentId, p.MenuOrder });
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> category)
    {
        category.Property(c => c.Name).HasMaxLength(200);
        category.Property(c => c.Slug).HasMaxLength(Slugs.MaxLength);
        category.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Cascade);
        category.HasIndex(c => new { c.SiteId, c.Slug }).IsUnique();
    }
}

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> tag)
    {
        tag.Property(t => t.Name).HasMaxLength(200);
        tag.Property(t => t.Slug).HasMaxLength(Slugs.MaxLength);
        tag.HasOne<Site>().WithMany().HasForeignKey(t => t.SiteId).OnDelete(DeleteBehavior.Cascade);
        tag.HasIndex(t => new { t.SiteId, t.Slug }).IsUnique();
    }
}

internal sealed class PostCategoryConfiguration : IEntityTypeConfiguration<PostCategory>
{
    public void Configure(EntityTypeBuilder<PostCategory> link)
    {
        link.HasKey(pc => new { pc.SiteId, pc.PostId, pc.CategoryId });
        link.HasOne(pc => pc.Category).WithMany().HasForeignKey(pc => pc.CategoryId).OnDelete(DeleteBehavior.Cascade);
        link.HasIndex(pc => new { pc.SiteId, pc.CategoryId, pc.PostId });
    }
}

internal sealed class PostTagConfiguration : IEntityTypeConfiguration<PostTag>
{
    public void Configure(EntityTypeBuilder<PostTag> link)
    {
        link.HasKey(pt => new { pt.SiteId, pt.PostId, pt.TagId });
        link.HasOne(pt => pt.Tag).WithMany().HasForeignKey(pt => pt.TagId).OnDelete(DeleteBehavior.Cascade);
        link.HasIndex(pt => new { pt.SiteId, pt.TagId, pt.PostId });
    }
}

internal sealed class PostRevisionConfiguration : IEntityTypeConfiguration<PostRevision>
{
    public void Configure(EntityTypeBuilder<PostRevision> revision)
    {
        revision.Property(r => r.Title).HasMaxLength(300);
        revision.Property(r => r.Excerpt).HasMaxLength(1000);
        revision.HasOne<Post>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        revision.HasIndex(r => new { r.SiteId, r.PostId, r.CreatedAt });
    }
}
