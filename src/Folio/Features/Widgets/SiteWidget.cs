using Folio.Data;
using Folio.Features.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Folio.Features.Widgets;

/// <summary>One block of a site's sidebar or footer, in the order its owner set.</summary>
public class SiteWidget : ISiteOwned
{
    public const int TitleLength = 200;
    public const int TextLength = 20_000;

    public long Id { get; set; }
    public long SiteId { get; set; }
    public WidgetArea Area { get; set; }

    /// <summary>The order within its area, from 0.</summary>
    public int Position { get; set; }

    public WidgetKind Kind { get; set; }

    /// <summary>The heading shown above the block; empty shows the kind's own ("Recent posts").</summary>
    public string Title { get; set; } = "";

    /// <summary>A text widget's words, in Markdown; sanitised as comments are when shown. Null for other kinds.</summary>
    public string? Text { get; set; }

    /// <summary>How many entries a list shows (recent posts, recent comments, archives' months, tags); null for the kind's default.</summary>
    public int? ItemCount { get; set; }
}

internal sealed class SiteWidgetConfiguration : IEntityTypeConfiguration<SiteWidget>
{
    public void Configure(EntityTypeBuilder<SiteWidget> widget)
    {
        widget.Property(w => w.Title).HasMaxLength(SiteWidget.TitleLength);
        widget.Property(w => w.Text).HasMaxLength(SiteWidget.TextLength);
        widget.HasOne<Site>().WithMany().HasForeignKey(w => w.SiteId).OnDelete(DeleteBehavior.Cascade);
        widget.HasIndex(w => new { w.SiteId, w.Area, w.Position });
    }
}
