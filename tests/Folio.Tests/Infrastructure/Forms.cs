using AngleSharp.Html.Dom;

namespace Folio.Tests.Infrastructure;

/// <summary>Submits forms as a browser does: GET the page, take its antiforgery token, POST the fields.</summary>
public static class Forms
{
    private const string Token = "input[name=__RequestVerificationToken]";

    /// <summary>
    /// Posts the fields to the form whose action is <paramref name="path"/> on the page at
    /// <paramref name="pagePath"/> (by default the same path), with that page's antiforgery token:
    /// on a site's page everyone shares, the token of the reader's personal parts.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, Dictionary<string, string> fields, string? pagePath = null)
    {
        var page = await client.GetDocumentAsync(pagePath ?? path);
        if (page.QuerySelector(Token) is null && page.QuerySelector("script[data-personal-parts]") is not null) page = await client.GetPersonalPartsAsync(page);
        var token = page.QuerySelector(Token)?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pagePath ?? path} has no form with an antiforgery token.");
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>
    /// Presses a submit button of the form as a browser does: every field of the form as the page
    /// shows it, changed (or added) where the test types, and the button's name and value.
    /// </summary>
    public static async Task<HttpResponseMessage> PressAsync(this HttpClient client, IHtmlFormElement form, string action, Dictionary<string, string>? typed = null, string buttonName = "action")
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var field in form.Elements)
        {
            switch (field)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name:
                    fields.Add(new(name, typed?.GetValueOrDefault(name) ?? input.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    fields.Add(new(name, typed?.GetValueOrDefault(name) ?? select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    fields.Add(new(name, typed?.GetValueOrDefault(name) ?? area.Value));
                    break;
            }
        }
        // What the test types for a field the page lacks is sent too, as a tampering client would.
        fields.AddRange(typed?.Where(t => fields.All(f => f.Key != t.Key)) ?? []);
        fields.Add(new(buttonName, action));
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }
}
