namespace Folio.Infrastructure;

/// <summary>
/// A scoped service resolved on first use. For dependencies that only a slow path needs: a page
/// rendered from the read models should not build a <c>DbContext</c> (a measurable share of an
/// uncached render) that it never queries.
/// </summary>
public sealed class Deferred<T>(IServiceProvider services) where T : class
{
    public T Value => field ??= services.GetRequiredService<T>();
}
