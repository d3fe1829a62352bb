using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Folio.Features.Mail;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("mail_outbox");
        message.Property(m => m.To).HasMaxLength(254);
        message.Property(m => m.Subject).HasMaxLength(300);
        message.Property(m => m.LastError).HasMaxLength(1000);
        message.Property(m => m.UnsubscribeUrl).HasMaxLength(1000);
        // The worker's question: what is due and unsent?
        message.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}
