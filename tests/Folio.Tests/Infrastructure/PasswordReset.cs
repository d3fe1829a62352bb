using System.Web;

namespace Folio.Tests.Infrastructure;

public static class PasswordReset
{
    /// <summary>Asks for a reset link as a person does, opens the link in the mail and sets the new password; returns the answer to that last step.</summary>
    public static async Task<HttpResponseMessage> ResetPasswordThroughMailAsync(this FolioApp app, HttpClient browser, string email, string newPassword)
    {
        await browser.PostFormAsync("/forgot-password/", new() { ["email"] = email });
        var link = await app.LinkInMailAsync(email, "Reset your Folio password");
        var query = HttpUtility.ParseQueryString(link.Query);
        return await browser.PostFormAsync(link.PathAndQuery, new() { ["account"] = query["account"]!, ["code"] = query["code"]!, ["password"] = newPassword });
    }
}
