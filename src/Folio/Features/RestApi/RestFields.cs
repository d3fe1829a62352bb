using System.Globalization;
using System.Text.Json;

namespace Folio.Features.RestApi;

/// <summary>
/// The fields of a write request as WordPress reads them: a JSON object or a form, with the
/// query string's parameters too (<c>?force=true</c>). A text field may come bare or as
/// <c>{"raw": …}</c>, as WordPress's own editor sends it.
/// </summary>
public sealed class RestFields
{
    private readonly Dictionary<string, JsonElement> json;
    private readonly IFormCollection? form;
    private readonly IQueryCollection query;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> termNames;

    private RestFields(Dictionary<string, JsonElement> json, IFormCollection? form, IQueryCollection query, IReadOnlyDictionary<string, IReadOnlyList<string>>? termNames = null) =>
        (this.json, this.form, this.query, this.termNames) = (json, form, query, termNames ?? new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>
    /// Fields given by another of Folio's entry points (XML-RPC) rather than read from a request,
    /// with the terms it names by name (<c>categories</c>, <c>tags</c>): its clients name terms,
    /// where REST clients give the ids of terms that exist.
    /// </summary>
    public static RestFields Of(IReadOnlyDictionary<string, object?> values, IReadOnlyDictionary<string, IReadOnlyList<string>> termNames) =>
        new(values.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value), StringComparer.Ordinal), null, QueryCollection.Empty, termNames);

    /// <summary>The fields, or the error to answer when the body is not a JSON object or a form.</summary>
    public static async Task<(RestFields? Fields, IResult? Error)> ReadAsync(HttpRequest request)
    {
        if (request.ContentLength > RestApiRoutes.MaxBodyBytes) return (null, TooLarge());
        try
        {
            if (request.HasFormContentType)
                return (new RestFields([], await request.ReadFormAsync(request.HttpContext.RequestAborted), request.Query), null);
            if (request.ContentLength is 0 || request.ContentType is null)
                return (new RestFields([], null, request.Query), null);
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return (null, Invalid("The body must be a JSON object of the fields to set."));
            if (!IsReadableText(document.RootElement))
                return (null, Invalid("The body is not valid UTF-8 JSON: it holds bytes that are not UTF-8, or an escaped lone surrogate (\\uD800–\\uDFFF)."));
            var fields = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
            return (new RestFields(fields, null, request.Query), null);
        }
        catch (JsonException exception)
        {
            return (null, Invalid($"The body is not valid JSON: {exception.Message}"));
        }
        // A body that did not say its length, stopped by the server at the group's limit.
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }
    }

    /// <summary>
    /// Whether every name and string decodes: the parser checks the structure only, and a string
    /// that is not UTF-8, or escapes half a surrogate pair, fails later, as it is read.
    /// </summary>
    private static bool IsReadableText(JsonElement element)
    {
        try
        {
            return element.ValueKind switch
            {
                JsonValueKind.String => element.GetString() is not null,
                JsonValueKind.Object => element.EnumerateObject().All(property => property.Name is not null && IsReadableText(property.Value)),
                JsonValueKind.Array => element.EnumerateArray().All(IsReadableText),
                _ => true,
            };
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public bool Has(string name) => json.ContainsKey(name) || form?.ContainsKey(name) == true || query.ContainsKey(name);

    /// <summary>A text field, bare or as <c>{"raw": …}</c>; null when absent.</summary>
    public string? Text(string name)
    {
        if (json.TryGetValue(name, out var value))
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Object when value.TryGetProperty("raw", out var raw) && raw.ValueKind == JsonValueKind.String => raw.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            };
        if (form?.TryGetValue(name, out var posted) == true) return posted.ToString();
        if (form?.TryGetValue(name + "[raw]", out var postedRaw) == true) return postedRaw.ToString();
        return query.TryGetValue(name, out var given) ? given.ToString() : null;
    }

    /// <summary>A number field: null when absent, an error message when not a whole number.</summary>
    public (long? Value, string? Problem) Id(string name)
    {
        if (Text(name) is not { } text || text.Length == 0) return (null, null);
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? (id, null) : (null, $"{name} is not a valid id.");
    }

    /// <summary>A list of ids (a JSON array, <c>a[]=1&amp;a[]=2</c> or <c>1,2</c>): null when absent, an error message when not ids.</summary>
    public (IReadOnlyList<long>? Ids, string? Problem) Ids(string name)
    {
        IEnumerable<string> values;
        if (json.TryGetValue(name, out var value))
            values = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Number ? v.GetRawText() : v.GetString() ?? "") : [Text(name) ?? ""];
        else if (form is not null && (form.ContainsKey(name) || form.ContainsKey(name + "[]")))
            values = form[name].Concat(form[name + "[]"]).Select(v => v ?? "");
        else return (null, null);

        var ids = new List<long>();
        foreach (var part in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return (null, $"{name} must be a list of ids.");
            ids.Add(id);
        }
        return (ids, null);
    }

    /// <summary>The terms of a field named by name (see <see cref="Of"/>); null when they are not.</summary>
    public IReadOnlyList<string>? TermNames(string name) => termNames.GetValueOrDefault(name);

    /// <summary>A yes/no field as WordPress reads it (<c>true</c>, <c>1</c>); false when absent.</summary>
    public bool Flag(string name) => Text(name) is { } text && (text == "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase));

    private static IResult TooLarge() => RestPaging.Error("rest_request_too_large",
        $"The request is larger than {RestApiRoutes.MaxBodyBytes / (1024 * 1024)} MB, the most the API takes in one request. Nothing was saved.", StatusCodes.Status413PayloadTooLarge);

    private static IResult Invalid(string message) => RestPaging.Error("rest_invalid_json", message, StatusCodes.Status400BadRequest);
}
