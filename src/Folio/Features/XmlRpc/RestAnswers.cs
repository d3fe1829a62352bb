using System.Text.Json;

namespace Folio.Features.XmlRpc;

/// <summary>
/// XML-RPC writes through the REST API's own handlers, so that both entry points check and save
/// alike; this reads their answer: the item as JSON, or their error as a fault with the same
/// code, but 401 for whatever the caller may not do, as WordPress's XML-RPC server answers it.
/// </summary>
public static class RestAnswers
{
    public static JsonElement Unwrap(IResult result, HttpContext context)
    {
        // The REST answer to a create names the new item's address; XML-RPC answers only in its body.
        context.Response.Headers.Location = default;
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var body = JsonSerializer.SerializeToElement((result as IValueHttpResult)?.Value, JsonSerializerOptions.Web);
        if (status < 400) return body;
        throw new XmlRpcFault(status switch
        {
            StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => 401,
            StatusCodes.Status404NotFound => 404,
            _ => status,
        }, Message(body));
    }

    /// <summary>The error's message, with each invalid field's own reason where the API gives them.</summary>
    private static string Message(JsonElement error)
    {
        if (error.ValueKind != JsonValueKind.Object) return "The request was refused.";
        if (error.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("params", out var fields))
            return string.Join(" ", fields.EnumerateObject().Select(field => field.Value.GetString()));
        return error.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "The request was refused.";
    }
}
