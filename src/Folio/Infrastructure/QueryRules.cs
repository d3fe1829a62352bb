using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace Folio.Infrastructure;

/// <summary>
/// A rule written once as an expression of two arguments (<see cref="Features.Posts.PostVisibility.IsPublic"/>),
/// used both in ordinary LINQ, with one argument fixed (<see cref="Bind"/>), and inside compiled
/// queries, whose arguments are parameters of the query (<see cref="Holds"/> and <see cref="Expand"/>).
/// </summary>
public static class QueryRules
{
    /// <summary>Stands for the rule applied to the two arguments inside a query given to <see cref="Expand"/>; it never runs.</summary>
    public static bool Holds<T1, T2>(this Expression<Func<T1, T2, bool>> rule, T1 first, T2 second) =>
        throw new InvalidOperationException("QueryRules.Holds only marks a rule inside a query expression given to QueryRules.Expand.");

    /// <summary>The query with every <c>rule.Holds(a, b)</c> replaced by the rule's own body on <c>a</c> and <c>b</c>, as EF Core can translate it.</summary>
    public static Expression<TDelegate> Expand<TDelegate>(Expression<TDelegate> query) => (Expression<TDelegate>)new Expander().Visit(query);

    /// <summary>
    /// The rule with its second argument fixed. The value is read from a box, as from a captured
    /// variable, so that EF Core sends it as a query parameter instead of writing it into the SQL
    /// (which would make a new SQL text, and a new cache entry, for every value).
    /// </summary>
    public static Expression<Func<T1, bool>> Bind<T1, T2>(Expression<Func<T1, T2, bool>> rule, T2 second)
    {
        var box = Expression.Field(Expression.Constant(new StrongBox<T2>(second)), nameof(StrongBox<T2>.Value));
        return Expression.Lambda<Func<T1, bool>>(Replace(rule.Body, rule.Parameters[1], box), rule.Parameters[0]);
    }

    private static Expression Replace(Expression body, ParameterExpression parameter, Expression by) => new Replacer(parameter, by).Visit(body);

    private sealed class Replacer(ParameterExpression parameter, Expression by) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? by : node;
    }

    private sealed class Expander : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (!node.Method.IsGenericMethod || node.Method.GetGenericMethodDefinition() != HoldsMethod) return base.VisitMethodCall(node);
            // The rule is a field or a captured variable, not part of the query: read it once, here.
            var rule = Expression.Lambda<Func<LambdaExpression>>(node.Arguments[0]).Compile(preferInterpretation: true)();
            var body = Replace(rule.Body, rule.Parameters[0], Visit(node.Arguments[1]));
            return Visit(Replace(body, rule.Parameters[1], Visit(node.Arguments[2])));
        }

        private static readonly System.Reflection.MethodInfo HoldsMethod = typeof(QueryRules).GetMethod(nameof(Holds))!;
    }
}
