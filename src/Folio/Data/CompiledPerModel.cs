using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Folio.Data;

/// <summary>
/// A compiled query (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, CancellationToken, TResult}})"/>)
/// for each model it runs on. EF Core binds a compiled query to the model it first ran with and
/// refuses any other; Folio has one model per database provider, and a test process may build
/// several. A compiled query skips what every LINQ query pays on each run: building the
/// expression, extracting its parameters and looking it up in the query cache.
/// </summary>
/// <remarks>The site filter still applies: it reads the current site from the context that runs the query, on every run.</remarks>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> compiled = new();
    private readonly ConditionalWeakTable<IModel, TQuery>.CreateValueCallback create = _ => compile();

    /// <summary>The query compiled for this context's model.</summary>
    public TQuery For(DbContext db) => compiled.GetValue(db.Model, create);
}
