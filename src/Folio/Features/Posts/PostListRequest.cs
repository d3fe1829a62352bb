namespace Folio.Features.Posts;

/// <summary>Which posts a listing shows. Every field left null widens it; all null is the home page.</summary>
public sealed record PostListRequest
{
    public int Page { get; init; } = 1;
    public string? CategorySlug { get; init; }
    public string? TagSlug { get; init; }
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    public string? AuthorName { get; init; }
    public string? Search { get; init; }
}
