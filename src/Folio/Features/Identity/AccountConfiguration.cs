using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Folio.Features.Identity;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> account)
    {
        account.ToTable("accounts");
        account.Property(a => a.DisplayName).HasMaxLength(100);
        account.Property(a => a.Bio).HasMaxLength(1000);
        account.Property(a => a.AvatarUrl).HasMaxLength(500);
        account.Property(a => a.Language).HasMaxLength(35);
    }
}

internal sealed class AccountClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<long>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<long>> claim) => claim.ToTable("account_claims");
}

internal sealed class AccountLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<long>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<long>> login) => login.ToTable("account_logins");
}

internal sealed class AccountTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<long>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<long>> token) => token.ToTable("account_tokens");
}

internal sealed class AccountPasskeyConfiguration : IEntityTypeConfiguration<IdentityUserPasskey<long>>
{
    public void Configure(EntityTypeBuilder<IdentityUserPasskey<long>> passkey) => passkey.ToTable("account_passkeys");
}

internal sealed class UsedLoginTicketConfiguration : IEntityTypeConfiguration<UsedLoginTicket>
{
    public void Configure(EntityTypeBuilder<UsedLoginTicket> ticket)
    {
        ticket.HasKey(t => t.Nonce);
        ticket.Property(t => t.Nonce).HasMaxLength(64);
        ticket.HasIndex(t => t.ExpiresAt);
    }
}

internal sealed class ExternalIdentityConfiguration : IEntityTypeConfiguration<ExternalIdentity>
{
    public void Configure(EntityTypeBuilder<ExternalIdentity> identity)
    {
        identity.Property(i => i.Provider).HasMaxLength(64);
        identity.Property(i => i.Issuer).HasMaxLength(500);
        identity.Property(i => i.Subject).HasMaxLength(255);
        identity.Property(i => i.DisplayName).HasMaxLength(100);
        identity.Property(i => i.ProfileUrl).HasMaxLength(2048);
        identity.Property(i => i.AvatarPath).HasMaxLength(500);
        identity.HasOne<Account>().WithMany().HasForeignKey(i => i.AccountId).OnDelete(DeleteBehavior.SetNull);
        identity.HasIndex(i => new { i.Issuer, i.Subject }).IsUnique();
        identity.HasIndex(i => i.AccountId);
    }
}
