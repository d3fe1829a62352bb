using Folio.Features.Media;

namespace Folio.Tests.Media;

public sealed class MediaNamesTests
{
    private const string Random = "0123456789abcdef0123";

    [Fact]
    public void New_names_are_dated_random_and_typed_by_content()
    {
        var name = MediaNames.NewStoredName(new DateTime(2026, 3, 9, 0, 0, 0, DateTimeKind.Utc), ImageKind.Webp);

        Assert.Matches("^2026/03/[0-9a-f]{20}\\.webp$", name);
        Assert.NotEqual(name, MediaNames.NewStoredName(new DateTime(2026, 3, 9, 0, 0, 0, DateTimeKind.Utc), ImageKind.Webp));
        Assert.True(MediaNames.TryParse(name, out var parsed, out var width));
        Assert.Equal((name, null), (parsed, width));
    }

    [Theory]
    [InlineData($"2026/03/{Random}.jpg", $"2026/03/{Random}.jpg", null)]
    [InlineData($"2026/03/{Random}-480.jpg", $"2026/03/{Random}.jpg", 480)]
    [InlineData($"2026/03/{Random}-1600.webp", $"2026/03/{Random}.webp", 1600)]
    public void Served_paths_parse_back_into_the_stored_name_and_width(string path, string storedName, int? width)
    {
        Assert.True(MediaNames.TryParse(path, out var parsedName, out var parsedWidth));
        Assert.Equal((storedName, width), (parsedName, parsedWidth));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("../folio.db")]
    [InlineData($"2026/03/../{Random}.jpg")]
    [InlineData($"2026/03/{Random}.jpg/../../x.jpg")]
    [InlineData($"2026\\03\\{Random}.jpg")]
    [InlineData($"/2026/03/{Random}.jpg")]
    [InlineData($"2026/03/{Random}.JPG")]
    [InlineData($"2026/03/{Random}.svg")]
    [InlineData($"2026/03/{Random}.jpg\n")]
    [InlineData($"2026/03/{Random}-0480.jpg")]
    [InlineData($"2026/03/{Random}-.jpg")]
    [InlineData("2026/03/photo.jpg")]
    public void Anything_else_is_not_a_media_path(string? path) =>
        Assert.False(MediaNames.TryParse(path, out _, out _));

    [Fact]
    public void Copies_are_named_after_their_width_beside_the_original()
    {
        Assert.Equal($"2026/03/{Random}-960.png", MediaNames.CopyName($"2026/03/{Random}.png", 960));
        Assert.Equal([480, 960], MediaNames.CopyWidths("480,960"));
        Assert.Empty(MediaNames.CopyWidths(""));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x37, 0x61 }, "image/gif")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "image/gif")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50 }, "image/webp")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45 }, null)] // a WAV sound
    [InlineData(new byte[] { 0x3C, 0x73, 0x76, 0x67 }, null)] // <svg
    [InlineData(new byte[] { 0xFF, 0xD8 }, null)]
    [InlineData(new byte[0], null)]
    public void Type_is_read_from_the_first_bytes(byte[] head, string? contentType) =>
        Assert.Equal(contentType, ImageKind.Detect(head)?.ContentType);
}
