using Folio.Data;
using Folio.Features.Posts;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Admin;

/// <summary>A line of the dashboard's list of posts or pages.</summary>
public sealed record AdminPostRow(long Id, string Title, PostStatus Status, DateTime? PublishedAt, DateTime? PublishedLocal, DateTime UpdatedAt, long AuthorId, string AuthorName, bool Sticky, bool Protected)
{
    /// <summary>What the list says after the title, as WordPress does ("— Sticky, Password protected").</summary>
    public IReadOnlyList<string> States(Localizer T) => [.. new[] { Sticky ? T["Sticky"].Value : null, Protected ? T["Password protected"].Value : null }.OfType<string>()];
}

public sealed record AdminPostList(IReadOnlyList<AdminPostRow> Rows, IReadOnlyDictionary<PostStatus, int> Counts, int Page, int TotalPages)
{
    public int AllButTrash => Counts.Where(count => count.Key != PostStatus.Trash).Sum(count => count.Value);
}

/// <summary>The dashboard's read side: every post of the current site, drafts included.</summary>
public sealed class AdminPostQueries(FolioDbContext db)
{
    public const int PageSize = 20;

    public async Task<AdminPostList> ListAsync(PostKind kind, PostStatus? status, string? search, int page, CancellationToken cancellationToken)
    {
        var ofKind = db.Posts.AsNoTracking().Where(p => p.Kind == kind);
        var counts = await ofKind.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        // "All" is all but the Trash, as in WordPress.
        var query = status is { } wanted ? ofKind.Where(p => p.Status == wanted) : ofKind.Where(p => p.Status != PostStatus.Trash);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var words = search.Trim().ToLower();
            query = query.Where(p => p.Title.ToLower().Contains(words));
        }
        var total = await query.CountAsync(cancellationToken);
        page = Math.Max(1, page);
        var rows = await query.OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new AdminPostRow(p.Id, p.Title, p.Status, p.PublishedAt, p.PublishedLocal, p.UpdatedAt, p.AuthorId, p.Author.DisplayName, p.Sticky, p.Password != null))
            .ToListAsync(cancellationToken);
        return new AdminPostList(rows, counts, page, Math.Max(1, (total + PageSize - 1) / PageSize));
    }
}
