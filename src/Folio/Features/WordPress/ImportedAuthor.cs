using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Folio.Features.WordPress;

/// <summary>
/// A WordPress author an import brought to the site, and the account that writes their posts
/// here: WordPress's author archive, <c>/author/{login}/</c>, leads to that account's.
/// </summary>
public class ImportedAuthor : ISiteOwned
{
    public const int LoginLength = 60; // WordPress's user_login column

    public long Id { get; set; }
    public long SiteId { get; set; }
    public string Login { get; set; } = "";
    public long AccountId { get; set; }
}

internal sealed class ImportedAuthorConfiguration : IEntityTypeConfiguration<ImportedAuthor>
{
    public void Configure(EntityTypeBuilder<ImportedAuthor> author)
    {
        author.Property(a => a.Login).HasMaxLength(ImportedAuthor.LoginLength);
        author.HasOne<Site>().WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Cascade);
        author.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Cascade);
        author.HasIndex(a => new { a.SiteId, a.Login }).IsUnique();
    }
}
