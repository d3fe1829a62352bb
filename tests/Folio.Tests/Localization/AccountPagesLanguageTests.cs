using System.Net;
using AngleSharp.Dom;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Localization;

/// <summary>
/// The platform's sign-up and log-in pages, their refusals and the mails they send, in the
/// language the person's browser asks for.
/// </summary>
public sealed class AccountPagesLanguageTests(FolioApp app) : IClassFixture<FolioApp>
{
    private HttpClient PlatformIn(string? language, string address)
    {
        var client = app.ClientFrom(address);
        if (language is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    private static string Text(IDocument page, string selector) => page.QuerySelector(selector)!.TextContent.Trim();

    [Fact]
    public async Task Sign_up_and_log_in_read_Russian_to_a_browser_that_asks_for_it()
    {
        var browser = PlatformIn("ru-RU,ru;q=0.9,en;q=0.5", "10.20.2.1");

        var signup = await browser.GetDocumentAsync("/signup/");
        var login = await browser.GetDocumentAsync("/login/");

        Assert.Equal("ru", signup.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", signup.DocumentElement.GetAttribute("dir"));
        Assert.Equal("Начать – Folio", signup.Title);
        Assert.Equal("Создайте учётную запись", Text(signup, "h1"));
        Assert.Equal("Пароль", Text(signup, "label[for=password]"));
        Assert.Equal("Создать учётную запись", Text(signup, "form button[type=submit]"));
        Assert.Equal("Войти – Folio", login.Title);
        Assert.Equal("Пароль", Text(login, "label[for=password]"));
        Assert.Equal("Забыли пароль?", Text(login, "a[href$='/forgot-password/']"));
        Assert.Equal("Перейти к содержимому", Text(login, ".skip-link"));
    }

    [Fact]
    public async Task Sign_up_and_log_in_read_Armenian_and_Arabic_right_to_left_to_browsers_that_ask_for_them()
    {
        var armenian = await PlatformIn("hy", "10.20.2.2").GetDocumentAsync("/signup/");
        var arabic = await PlatformIn("ar", "10.20.2.3").GetDocumentAsync("/login/");

        Assert.Equal("hy", armenian.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Ստեղծեք հաշիվ", Text(armenian, "h1"));
        Assert.Equal("Գաղտնաբառ", Text(armenian, "label[for=password]"));
        Assert.Equal("Ստեղծել հաշիվ", Text(armenian, "form button[type=submit]"));
        Assert.Equal("ar", arabic.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", arabic.DocumentElement.GetAttribute("dir"));
        Assert.Equal("كلمة المرور", Text(arabic, "label[for=password]"));
    }

    [Fact]
    public async Task Without_a_language_asked_for_the_pages_stay_English()
    {
        var signup = await PlatformIn(null, "10.20.2.4").GetDocumentAsync("/signup/");

        Assert.Equal("en", signup.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Create your account", Text(signup, "h1"));
        Assert.Equal("Password", Text(signup, "label[for=password]"));
        Assert.Equal("Create account", Text(signup, "form button[type=submit]"));
    }

    [Fact]
    public async Task A_refused_sign_up_says_why_in_Russian_and_keeps_the_email_typed()
    {
        var browser = PlatformIn("ru", "10.20.2.5");

        var refused = await browser.PostFormAsync("/signup/", new() { ["email"] = "коротко@example.com", ["password"] = "short" }, pagePath: "/signup/");

        var page = await Html.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Исправьте следующее:", Text(page, ".form-errors p"));
        Assert.Equal("Пароль должен содержать не менее 8 символов.", Text(page, ".form-errors li"));
        Assert.Equal("коротко@example.com", page.QuerySelector("#email")!.GetAttribute("value"));
        Assert.Empty(app.MessagesTo("коротко@example.com"));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_Russian()
    {
        var refused = await Html.ParseAsync(await PlatformIn("ru", "10.20.2.6").PostFormAsync("/login/",
            new() { ["email"] = "nobody-here@example.com", ["password"] = "not the password" }, pagePath: "/login/"));

        Assert.StartsWith("Этот email и пароль не подходят", Text(refused, ".form-errors li"));
        Assert.Equal("nobody-here@example.com", refused.QuerySelector("#email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_confirmation_mail_of_a_sign_up_made_in_Russian_is_in_Russian()
    {
        var browser = PlatformIn("ru", "10.20.2.7");

        var sent = await Html.ParseAsync(await browser.PostFormAsync("/signup/",
            new() { ["email"] = "novichok@example.com", ["password"] = "верная лошадь батарейка" }, pagePath: "/signup/"));

        Assert.Equal("Проверьте почту", Text(sent, "h1"));
        var mail = await app.WaitForMailAsync("novichok@example.com", "Подтвердите адрес email");
        Assert.Equal("Подтвердите адрес email, чтобы начать работу с Folio", mail.Subject);
        Assert.StartsWith("Добро пожаловать в Folio!", mail.TextBody);
        Assert.Contains("Если вы не регистрировались, просто проигнорируйте это письмо.", mail.TextBody);
        Assert.Equal("/confirm-email/", MailDrop.FirstLink(mail).AbsolutePath);
    }

    [Fact]
    public async Task A_refused_new_site_says_why_in_Russian_and_keeps_what_was_typed()
    {
        var platform = await app.SignedInClientAsync("localhost", FolioApp.DemoEmail, FolioApp.DemoPassword);
        platform.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        var refused = await platform.PostFormAsync("/new-site/", new() { ["slug"] = "www", ["title"] = "Мой блог", ["tagline"] = "", ["theme"] = "magazine" });

        var page = await Html.ParseAsync(refused);
        Assert.Equal("Создайте свой сайт", Text(page, "h1"));
        Assert.Equal("Адрес «www» зарезервирован; выберите другой.", Text(page, ".form-errors li"));
        Assert.Equal("Адрес сайта", Text(page, "label[for=slug]"));
        Assert.Equal("Мой блог", page.QuerySelector("#title")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_password_reset_mail_asked_for_in_Armenian_is_in_Armenian()
    {
        await app.NewReaderAsync("moratsel@example.com");

        var sent = await Html.ParseAsync(await PlatformIn("hy", "10.20.2.8").PostFormAsync("/forgot-password/", new() { ["email"] = "moratsel@example.com" }, pagePath: "/forgot-password/"));

        Assert.Equal("Ստուգեք ձեր էլ. փոստը", Text(sent, "h1"));
        var mail = await app.WaitForMailAsync("moratsel@example.com", "Folio-ի գաղտնաբառի վերականգնում");
        Assert.StartsWith("Ընտրեք նոր գաղտնաբառ ձեր Folio-ի հաշվի համար՝", mail.TextBody);
        Assert.Equal("/reset-password/", MailDrop.FirstLink(mail).AbsolutePath);
    }

    [Fact]
    public async Task The_reader_and_the_front_page_follow_the_language_chosen_on_the_account_over_the_browsers()
    {
        await app.NewReaderAsync("hayeren@example.com");
        var person = await app.SignedInClientAsync("localhost", "hayeren@example.com");
        await person.PostFormAsync("/account/", new() { ["DisplayName"] = "Hayeren", ["Bio"] = "", ["Language"] = "hy" });
        person.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        var reader = await person.GetDocumentAsync("/reader/");
        var front = await person.GetDocumentAsync("/");

        Assert.Equal("hy", reader.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Ընթերցարան", Text(reader, "h1"));
        Assert.Equal("Ստեղծել կայք", Text(front, ".hero-actions a.button"));
    }
}
