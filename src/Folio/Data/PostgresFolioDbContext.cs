using Microsoft.EntityFrameworkCore;

namespace Folio.Data;

/// <summary>Folio on PostgreSQL; its migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresFolioDbContext(DbContextOptions<PostgresFolioDbContext> options) : FolioDbContext(options);
