using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;

namespace Folio.Tests.Units;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Hello, World!", "hello-world")]
    [InlineData("  Café & Crème brûlée ", "cafe-creme-brulee")]
    [InlineData("What to watch: border talks", "what-to-watch-border-talks")]
    [InlineData("Новости дня", "новости-дня")]
    [InlineData("Հայաստան 2024", "հայաստան-2024")]
    [InlineData("Новый год", "новый-год")]
    [InlineData("Νέα ανάρτηση", "νέα-ανάρτηση")]
    [InlineData("新しいブログ", "新しいブログ")]
    [InlineData("नमस्ते दुनिया", "नमस्ते-दुनिया")]
    [InlineData("Tiếng Việt", "tieng-viet")]
    [InlineData("--- ---", "")]
    [InlineData("a\u00A0b", "a-b")]
    [InlineData("Україна", "україна")]
    [InlineData("Мой первый отзыв", "мой-первый-отзыв")]
    [InlineData("ภาษาไทย ใหม่", "ภาษาไทย-ใหม่")]
    [InlineData("می\u200Cخواهم", "میخواهم")]
    [InlineData("\u200Fשלום\u200E עולם", "שלום-עולם")]
    [InlineData("soft\u00ADhyphen", "softhyphen")]
    [InlineData("I ❤️ Folio 🚀", "i-folio")]
    [InlineData("𠀋𠀌 名前", "𠀋𠀌-名前")]
    public void Slug_keeps_words_and_joins_them_with_hyphens(string text, string slug) =>
        Assert.Equal(slug, Slugs.From(text));

    [Fact]
    public void Slug_is_cut_to_its_maximum_length() =>
        Assert.Equal(10, Slugs.From(new string('a', 50), maxLength: 10).Length);

    [Fact]
    public void A_letter_beyond_the_basic_plane_is_never_cut_in_half() =>
        Assert.Equal("aaaaaaaaa", Slugs.From(new string('a', 9) + "𠀋", maxLength: 10));

    [Theory]
    [InlineData("post", new string[0], "post")]
    [InlineData("post", new[] { "post" }, "post-2")]
    [InlineData("post", new[] { "post", "post-2", "post-3" }, "post-4")]
    public void First_free_slug_numbers_taken_ones(string wanted, string[] taken, string expected) =>
        Assert.Equal(expected, Slugs.FirstFree(wanted, taken));

    [Theory]
    [InlineData("myblog", null)]
    [InlineData("my-blog-2", null)]
    [InlineData("ab", "A site address must be 3 to 63 characters long.")]
    [InlineData("-blog", "A site address may use only lower-case letters a–z, digits and hyphens, and must start and end with a letter or digit.")]
    [InlineData("My_Blog", "A site address may use only lower-case letters a–z, digits and hyphens, and must start and end with a letter or digit.")]
    [InlineData("admin", "The address \"admin\" is reserved; please choose another.")]
    public void Site_slug_rules_explain_what_is_wrong(string slug, string? problem) =>
        Assert.Equal(problem, SiteSlug.Problem(slug, new Localizer(Catalogues.Shipped())));
}
