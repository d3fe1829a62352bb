using System.Net;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Localization;

/// <summary>A reader of a site in Russian is told in Russian why their comment was not posted, and keeps what they wrote.</summary>
public sealed class CommentRefusalLanguageTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Fact]
    public async Task A_guest_without_a_name_or_a_second_time_is_told_why_in_the_sites_language()
    {
        var owner = await app.CreateSiteAsync("otkliki", "Отклики");
        await app.UpdateSiteAsync("otkliki", site => site.Language = "ru");
        var path = await app.SavePostAsync("otkliki", new SavePost { AuthorId = owner, Title = "Мост", Body = "Открыли мост.", Status = PostStatus.Published });
        var reader = app.ClientFor("otkliki.localhost");
        Task<HttpResponseMessage> CommentAsync(string name) => reader.PostAsync(path + "?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Comment"] = "Наконец-то!", ["Form.Author"] = name, ["Form.Email"] = "anna@readers.example",
        }));

        var nameless = await CommentAsync("  ");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nameless.StatusCode);
        var page = await Html.ParseAsync(nameless);
        Assert.Equal(["Укажите своё имя."], page.QuerySelectorAll(".form-errors li").Select(reason => reason.TextContent));
        Assert.Equal("Наконец-то!", page.QuerySelector("textarea[name='Form.Comment']")!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.Redirect, (await CommentAsync("Анна")).StatusCode);
        var again = await Html.ParseAsync(await CommentAsync("Анна"));
        Assert.Equal(["Повторный комментарий: похоже, вы это уже говорили!"], again.QuerySelectorAll(".form-errors li").Select(reason => reason.TextContent));
    }
}
