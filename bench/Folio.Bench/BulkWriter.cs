using System.Diagnostics;
using Folio.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Folio.Bench;

/// <summary>
/// Writes generated rows into SQLite in transactions of <c>batchRows</c> rows each, and says how
/// far it got after each. Between transactions a server on the same database gets its turn to
/// write; ids handed out after that start above whatever it inserted meanwhile.
/// </summary>
internal sealed class BulkWriter : IDisposable
{
    private readonly FolioDbContext db;
    private readonly SqliteConnection connection;
    private readonly int batchRows;
    private readonly Dictionary<Type, IDisposable> tables = [];
    private readonly Dictionary<Type, long> nextIds = [];
    private readonly Dictionary<Type, long> counts = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private SqliteTransaction transaction;
    private long rowsInBatch;

    public BulkWriter(FolioDbContext db, int batchRows)
    {
        this.db = db;
        this.batchRows = batchRows;
        db.Database.OpenConnection(); // through EF, so the durability pragmas and foreign keys are on
        connection = (SqliteConnection)db.Database.GetDbConnection();
        // A batch's index pages stay in memory until its commit, rather than spilling to the log
        // and being read back (the default cache is 2 MB).
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size = -262144"; // KiB: 256 MB
            pragma.ExecuteNonQuery();
        }
        transaction = connection.BeginTransaction();
    }

    public long Rows => counts.Values.Sum();

    public long Count<T>() => counts.GetValueOrDefault(typeof(T));

    /// <summary>A new id for a row of <typeparamref name="T"/>, above every id in its table.</summary>
    public long NextId<T>()
    {
        if (!nextIds.TryGetValue(typeof(T), out var next)) next = MaxId<T>() + 1;
        nextIds[typeof(T)] = next + 1;
        return next;
    }

    public void Add<T>(T row) where T : class
    {
        if (!tables.TryGetValue(typeof(T), out var table)) tables[typeof(T)] = table = new BulkRows<T>(db, transaction);
        ((BulkRows<T>)table).Add(row);
        counts[typeof(T)] = Count<T>() + 1;
        if (++rowsInBatch >= batchRows) Commit(startNext: true);
    }

    /// <summary>Commits what is left.</summary>
    public void Complete() => Commit(startNext: false);

    /// <summary>One line of progress: what has been written so far and how fast.</summary>
    public string Progress(params (string Name, long Total, long Done)[] parts) =>
        string.Join(", ", parts.Select(p => $"{p.Done:N0}/{p.Total:N0} {p.Name}")) +
        $" ({Rows / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0} rows/s, {clock.Elapsed:hh\\:mm\\:ss})";

    public event Action? Committed;

    public void Dispose()
    {
        foreach (var table in tables.Values) table.Dispose();
        transaction.Dispose();
        db.Database.CloseConnection();
    }

    private void Commit(bool startNext)
    {
        transaction.Commit();
        transaction.Dispose();
        rowsInBatch = 0;
        Committed?.Invoke();
        foreach (var table in tables.Values) table.Dispose();
        tables.Clear();
        if (!startNext) return;
        transaction = connection.BeginTransaction();
        foreach (var type in nextIds.Keys.ToList())
            nextIds[type] = Math.Max(nextIds[type], MaxId(type) + 1);
    }

    private long MaxId<T>() => MaxId(typeof(T));

    private long MaxId(Type entity)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COALESCE(MAX(id), 0) FROM \"{db.Model.FindEntityType(entity)!.GetTableName()}\"";
        return (long)command.ExecuteScalar()!;
    }
}
