using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Folio.Features.Identity.ApplicationPasswords;

/// <summary>
/// A password an account gives one program (a phone app, a script, a WordPress client) so it
/// can use the REST API over Basic authentication, as WordPress's application passwords do.
/// Folio keeps only a hash of it; it is shown once, when created, and can be revoked alone.
/// </summary>
public class ApplicationPassword
{
    public long Id { get; set; }
    public long AccountId { get; set; }

    /// <summary>The name its owner gave it, such as the program it is for.</summary>
    public string Name { get; set; } = "";

    /// <summary>SHA-256 of the password as given out (see <see cref="ApplicationPasswordSecret"/> for why a fast hash).</summary>
    public byte[] SecretHash { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public string? LastUsedIp { get; set; }
}

internal sealed class ApplicationPasswordConfiguration : IEntityTypeConfiguration<ApplicationPassword>
{
    public void Configure(EntityTypeBuilder<ApplicationPassword> password)
    {
        password.Property(p => p.Name).HasMaxLength(ApplicationPasswordSecret.NameLength);
        password.Property(p => p.SecretHash).HasMaxLength(32);
        password.Property(p => p.LastUsedIp).HasMaxLength(45);
        password.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Cascade);
        password.HasIndex(p => p.AccountId);
    }
}
