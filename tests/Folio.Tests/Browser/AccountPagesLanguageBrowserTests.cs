using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// The platform's log-in and sign-up pages to a browser set to Russian or to Arabic (right to
/// left), on a wide screen and a phone.
/// </summary>
public sealed class AccountPagesLanguageBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    public sealed record Expected(string Locale, string Language, string Direction, string LogIn, string Password, string CreateYourAccount, string CreateAccount);

    public static TheoryData<Expected> Languages() =>
    [
        new("ru-RU", "ru", "ltr", "Войти", "Пароль", "Создайте учётную запись", "Создать учётную запись"),
        new("ar-EG", "ar", "rtl", "تسجيل الدخول", "كلمة المرور", "أنشئ حسابك", "إنشاء حساب"),
    ];

    [SkippableTheory]
    [MemberData(nameof(Languages))]
    public async Task Log_in_and_sign_up_read_in_the_browsers_language_at_every_width(Expected expected)
    {
        var problems = new List<string>();
        foreach (var width in new[] { 1280, 390 })
        {
            await using var context = await chromium.Browser.NewContextAsync(new() { Locale = expected.Locale, ViewportSize = new() { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();

            await page.GotoAsync(app.UrlOf("localhost", "/login/"));
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", expected.Language);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", expected.Direction);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = expected.LogIn, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByLabel(expected.Password)).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = expected.LogIn, Exact = true })).ToBeVisibleAsync();
            problems.AddRange(await ProblemsAsync(page, $"/login/ at {width}px"));
            await page.SaveScreenshotAsync($"account-login-{expected.Language}-{width}");

            await page.GotoAsync(app.UrlOf("localhost", "/signup/"));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = expected.CreateYourAccount })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = expected.CreateAccount })).ToBeVisibleAsync();
            problems.AddRange(await ProblemsAsync(page, $"/signup/ at {width}px"));
            await page.SaveScreenshotAsync($"account-signup-{expected.Language}-{width}");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static async Task<IEnumerable<string>> ProblemsAsync(IPage page, string where)
    {
        var problems = (await page.SeriousViolationsAsync()).Select(violation => $"{where}: {violation}").ToList();
        if (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")) problems.Add($"{where}: the page scrolls sideways.");
        return problems;
    }
}
