using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Folio.Bench;

/// <summary>
/// Inserts many rows of one entity into SQLite through one prepared statement, far faster than
/// change tracking. Columns and value conversions (enums as words, dates as text) come from the
/// EF model, so the rows are the ones EF would write and a column added later is not missed.
/// Keys are given by the caller: rows that others point to need their ids known up front.
/// </summary>
internal sealed class BulkRows<T> : IDisposable where T : class
{
    private readonly SqliteCommand command;
    private readonly (SqliteParameter Parameter, Func<T, object?> Value)[] columns;

    public BulkRows(DbContext db, SqliteTransaction transaction)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var properties = entity.GetProperties().ToList();
        if (properties.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
            throw new InvalidOperationException($"{typeof(T).Name}.{shadow.Name} has no CLR property to read a value from.");

        command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{entity.GetTableName()}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName()}\""))}) " +
            $"VALUES ({string.Join(", ", properties.Select((_, i) => $"$p{i}"))})";
        columns = properties.Select((property, i) => (command.Parameters.Add(new SqliteParameter($"$p{i}", null)), Reader(property))).ToArray();
        command.Prepare();
    }

    public void Add(T row)
    {
        foreach (var (parameter, value) in columns) parameter.Value = value(row) ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    public void Dispose() => command.Dispose();

    private static Func<T, object?> Reader(IProperty property)
    {
        var getter = property.GetGetter();
        var converter = property.GetTypeMapping().Converter;
        return converter is null
            ? row => getter.GetClrValue(row)
            : row => getter.GetClrValue(row) is { } value ? converter.ConvertToProvider(value) : null;
    }
}
