using Folio.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Folio.Features.Posts;

/// <summary>
/// A custom field (WordPress's post meta: a key and a text value) of a post moved in from
/// WordPress. Folio's pages do not use them; they are kept so that nothing a blog had is lost,
/// and so that an export hands them back to WordPress.
/// </summary>
public class PostCustomField : ISiteOwned
{
    public const int KeyLength = 255;

    public long Id { get; set; }
    public long SiteId { get; set; }
    public long PostId { get; set; }
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}

internal sealed class PostCustomFieldConfiguration : IEntityTypeConfiguration<PostCustomField>
{
    public void Configure(EntityTypeBuilder<PostCustomField> field)
    {
        field.Property(f => f.Key).HasMaxLength(PostCustomField.KeyLength);
        field.HasOne<Post>().WithMany(p => p.CustomFields).HasForeignKey(f => f.PostId).OnDelete(DeleteBehavior.Cascade);
        field.HasIndex(f => new { f.SiteId, f.PostId });
    }
}
