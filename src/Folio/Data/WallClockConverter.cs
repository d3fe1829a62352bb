using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Folio.Data;

/// <summary>
/// Stores a time on a site's clock (<see cref="DateTimeKind.Unspecified"/>: digits, not an instant)
/// in the same column type as every UTC time, on both databases, by labelling its digits UTC: the
/// SQLite context's UTC conversion would otherwise shift them by this machine's zone, and
/// PostgreSQL's <c>timestamp with time zone</c> takes only UTC times. Read back, the label goes.
/// </summary>
public sealed class WallClockConverter() : ValueConverter<DateTime, DateTime>(
    local => DateTime.SpecifyKind(local, DateTimeKind.Utc),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Unspecified));
