using Folio.Features.Sites;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Folio.Features.Errors;

/// <summary>
/// A form sent with an expired or foreign antiforgery token (open too long, or the reader signed
/// in or out in another tab) answers "This form expired" with everything that was typed in a
/// fresh form, so one click sends it again, instead of a blank 400. It serves every form of
/// every page alike, so it knows only the posted fields: the words a person typed are shown in the
/// fresh form and the rest goes back hidden, as it was; a filled field whose name says password is
/// never written back, and is asked for again. Files cannot be kept and are asked for too.
/// </summary>
internal sealed class ExpiredFormKeepsText(IAntiforgery antiforgery, IModelMetadataProvider metadata) : IAlwaysRunResultFilter
{
    public const string ViewPath = "/Features/Errors/ExpiredForm.cshtml";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        // Only a form the antiforgery check could read: one over the form limits keeps its plain 400.
        if (context.Result is not IAntiforgeryValidationFailedResult || context.HttpContext.Features.Get<IFormFeature>()?.Form is not { } form) return;
        var request = context.HttpContext.Request;
        var tokens = antiforgery.GetAndStoreTokens(context.HttpContext);
        var kept = new List<ExpiredFormField>();
        var retyped = new List<ExpiredFormField>();
        foreach (var (name, values) in form)
        {
            if (name == tokens.FormFieldName) continue;
            var field = new ExpiredFormField(name, [.. values.Select(value => value ?? "")]);
            // An empty password field (a post left unprotected) goes back empty: nothing to ask for.
            if (name.Contains("password", StringComparison.OrdinalIgnoreCase) && field.Values.Any(value => value.Length > 0)) retyped.Add(field);
            else kept.Add(field);
        }
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        context.Result = new ViewResult
        {
            ViewName = ViewPath,
            StatusCode = StatusCodes.Status400BadRequest,
            ViewData = new ViewDataDictionary<ExpiredFormView>(metadata, context.ModelState)
            {
                Model = new ExpiredFormView(
                    $"{request.PathBase}{request.Path}{request.QueryString}", tokens, kept, retyped,
                    [.. form.Files.Select(file => file.Name).Distinct()],
                    context.HttpContext.RequestServices.GetRequiredService<CurrentSite>().Kind == HostKind.Site),
            },
        };
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}

/// <summary>What the "This form expired" page shows and sends again.</summary>
/// <param name="Action">The address the form was sent to, query (such as <c>?handler=</c>) included.</param>
/// <param name="Tokens">A fresh antiforgery token for this reader.</param>
/// <param name="Kept">The fields sent as they were.</param>
/// <param name="Retyped">Password fields that were filled: never written back, asked for again.</param>
/// <param name="Files">The names of file fields whose files must be chosen again.</param>
/// <param name="OnSite">Shown in the site's look (else the platform's).</param>
public sealed record ExpiredFormView(string Action, AntiforgeryTokenSet Tokens, IReadOnlyList<ExpiredFormField> Kept, IReadOnlyList<ExpiredFormField> Retyped,
    IReadOnlyList<string> Files, bool OnSite);

/// <summary>One posted field, with every value it carried (a checkbox and its hidden "false" send two).</summary>
public sealed record ExpiredFormField(string Name, IReadOnlyList<string> Values)
{
    /// <summary>A name a person can read: <c>Input.OriginalAuthor</c> is "Original author".</summary>
    public string Label
    {
        get
        {
            var last = Name[(Name.LastIndexOf('.') + 1)..].Replace('_', ' ').Replace('-', ' ');
            var words = System.Text.RegularExpressions.Regex.Replace(last, "(?<=[a-z])(?=[A-Z])", " ").Trim().ToLowerInvariant();
            return words.Length == 0 ? Name : char.ToUpperInvariant(words[0]) + words[1..];
        }
    }

    /// <summary>
    /// Words a person typed (a value with a space or a line break), shown to be read and changed;
    /// the form's own values (a kind, a button's action, checkbox pairs, addresses) go back unseen.
    /// </summary>
    public bool IsText => Values is [var value] && value.Trim().Any(char.IsWhiteSpace);

    public bool IsLong => Values is [var value] && (value.Contains('\n') || value.Length > 80);
}
