using Folio.Features.Posts;
using Folio.Features.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Folio.Features.Curation;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> source)
    {
        source.Property(s => s.FeedUrl).HasMaxLength(2048);
        source.Property(s => s.Name).HasMaxLength(200);
        source.Property(s => s.SiteUrl).HasMaxLength(2048);
        source.Property(s => s.IncludeWords).HasMaxLength(4000);
        source.Property(s => s.ExcludeWords).HasMaxLength(4000);
        source.Property(s => s.Category).HasMaxLength(200);
        source.Property(s => s.Tags).HasMaxLength(1000);
        source.Property(s => s.ETag).HasMaxLength(300);
        source.Property(s => s.LastResult).HasMaxLength(300);
        source.Property(s => s.LastError).HasMaxLength(1000);
        source.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Cascade);
        source.HasIndex(s => new { s.SiteId, s.FeedUrl }).IsUnique();
        // The poller's question, across sites: which sources are due?
        source.HasIndex(s => s.NextFetchAt);
    }
}

internal sealed class SourceItemConfiguration : IEntityTypeConfiguration<SourceItem>
{
    public void Configure(EntityTypeBuilder<SourceItem> item)
    {
        item.Property(i => i.ItemKey).HasMaxLength(64);
        item.Property(i => i.Title).HasMaxLength(300);
        item.Property(i => i.Link).HasMaxLength(2048);
        item.Property(i => i.Reason).HasMaxLength(500);
        item.HasOne<Source>().WithMany().HasForeignKey(i => i.SourceId).OnDelete(DeleteBehavior.Cascade);
        item.HasOne<Post>().WithMany().HasForeignKey(i => i.PostId).OnDelete(DeleteBehavior.SetNull);
        item.HasIndex(i => new { i.SiteId, i.SourceId, i.ItemKey }).IsUnique();
        // The source's log in the dashboard: latest first.
        item.HasIndex(i => new { i.SiteId, i.SourceId, i.CreatedAt });
    }
}

internal sealed class CuratedOriginalConfiguration : IEntityTypeConfiguration<CuratedOriginal>
{
    public void Configure(EntityTypeBuilder<CuratedOriginal> original)
    {
        original.Property(o => o.UrlHash).HasMaxLength(64);
        original.Property(o => o.Url).HasMaxLength(2048);
        original.Property(o => o.AlsoReportedBy).HasMaxLength(4000);
        original.HasOne<Post>().WithMany().HasForeignKey(o => o.PostId).OnDelete(DeleteBehavior.Cascade);
        original.HasIndex(o => new { o.SiteId, o.UrlHash }).IsUnique();
        original.HasIndex(o => new { o.SiteId, o.PostId });
        // The dead-link checker's question, across sites: which originals are due a look?
        original.HasIndex(o => o.CheckedAt);
        // "Also reported by", across sites: which other sites reposted this article (RepostsElsewhere)?
        original.HasIndex(o => o.UrlHash);
    }
}
