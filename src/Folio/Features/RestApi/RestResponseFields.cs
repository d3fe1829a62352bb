using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Folio.Features.RestApi;

/// <summary>
/// <c>?_fields=id,title.rendered</c>: only the named fields of an answer (of each item in a
/// collection), nested names with dots, as WordPress's <c>rest_filter_response_fields</c>
/// trims them. Clients ask for this to keep lists small. Errors are answered whole.
/// </summary>
public static class RestResponseFields
{
    public const string Parameter = "_fields";

    /// <summary>The fields to keep: each name to keep whole (null) or to trim further.</summary>
    private sealed class Selection : Dictionary<string, Selection?>;

    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var result = await next(invocation);
        var context = invocation.HttpContext;
        if (SelectionOf(context.Request) is not { } selection
            || result is not IValueHttpResult { Value: { } value }
            || result is not IStatusCodeHttpResult { StatusCode: var status } || status >= StatusCodes.Status400BadRequest)
            return result;

        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var answer = JsonSerializer.SerializeToNode(value, value.GetType(), options);
        var kept = answer is JsonArray items ? new JsonArray([.. items.Select(item => Keep(item, selection))]) : Keep(answer, selection);
        return Results.Json(kept, options, statusCode: status);
    }

    /// <summary>The fields asked for (<c>_fields=a,b.c</c> or <c>_fields[]=a</c>), or null when the answer is wanted whole.</summary>
    private static Selection? SelectionOf(HttpRequest request)
    {
        var names = request.Query[Parameter].Concat(request.Query[Parameter + "[]"])
            .SelectMany(value => (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (names.Count == 0) return null;
        var selection = new Selection();
        foreach (var name in names) Add(selection, name.Split('.'));
        return selection;
    }

    /// <summary>Adds a field by the parts of its name; a field already kept whole stays whole.</summary>
    private static void Add(Selection level, string[] parts)
    {
        if (level.TryGetValue(parts[0], out var deeper) && deeper is null) return;
        if (parts.Length == 1)
        {
            level[parts[0]] = null;
            return;
        }
        var inner = deeper ?? new Selection();
        level[parts[0]] = inner;
        Add(inner, parts[1..]);
    }

    private static JsonNode? Keep(JsonNode? node, Selection selection)
    {
        if (node is not JsonObject fields) return node?.DeepClone();
        var kept = new JsonObject();
        foreach (var (name, field) in fields)
            if (selection.TryGetValue(name, out var deeper))
                kept[name] = deeper is null ? field?.DeepClone() : Keep(field, deeper);
        return kept;
    }
}
