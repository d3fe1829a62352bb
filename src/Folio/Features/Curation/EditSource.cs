using Folio.Data;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Curation;

/// <summary>A source's import rules, as the dashboard's form holds them.</summary>
public sealed class SourceRules
{
    public string Name { get; set; } = "";
    public ImportMode Mode { get; set; }
    public bool FullText { get; set; }
    public int ExcerptLength { get; set; } = 400;

    /// <summary>One word or phrase a line.</summary>
    public string IncludeWords { get; set; } = "";

    /// <summary>One word or phrase a line.</summary>
    public string ExcludeWords { get; set; } = "";

    public string? Category { get; set; }

    /// <summary>Comma separated.</summary>
    public string Tags { get; set; } = "";

    public bool CanonicalToOriginal { get; set; } = true;
    public bool NoIndexFullCopies { get; set; } = true;
    public int? MaxAgeDays { get; set; } = 14;
    public int PollMinutes { get; set; } = 60;

    public static SourceRules From(Source source) => new()
    {
        Name = source.Name,
        Mode = source.Mode,
        FullText = source.FullText,
        ExcerptLength = source.ExcerptLength,
        IncludeWords = source.IncludeWords,
        ExcludeWords = source.ExcludeWords,
        Category = source.Category,
        Tags = source.Tags,
        CanonicalToOriginal = source.CanonicalToOriginal,
        NoIndexFullCopies = source.NoIndexFullCopies,
        MaxAgeDays = source.MaxAgeDays,
        PollMinutes = source.PollMinutes,
    };
}

/// <summary>Changes the import rules of a source of the current site.</summary>
public sealed record EditSource(long SourceId, SourceRules Rules);

public sealed class EditSourceHandler(FolioDbContext db, Localizer T)
{
    /// <summary>What is wrong with the rules (nothing was saved then), or an empty list.</summary>
    public async Task<IReadOnlyList<string>> HandleAsync(EditSource request, CancellationToken cancellationToken = default)
    {
        var rules = request.Rules;
        var errors = Validate(rules);
        if (errors.Count > 0) return errors;
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Id == request.SourceId, cancellationToken);
        if (source is null) return [T["That source does not exist on this site."]];

        source.Name = rules.Name.Trim();
        source.Mode = rules.Mode;
        source.FullText = rules.FullText;
        source.ExcerptLength = rules.ExcerptLength;
        source.IncludeWords = string.Join('\n', ImportRules.Words(rules.IncludeWords));
        source.ExcludeWords = string.Join('\n', ImportRules.Words(rules.ExcludeWords));
        source.Category = string.IsNullOrWhiteSpace(rules.Category) ? null : rules.Category.Trim();
        source.Tags = string.Join(", ", rules.Tags.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        source.CanonicalToOriginal = rules.CanonicalToOriginal;
        source.NoIndexFullCopies = rules.NoIndexFullCopies;
        source.MaxAgeDays = rules.MaxAgeDays;
        source.PollMinutes = rules.PollMinutes;
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    private List<string> Validate(SourceRules rules)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(rules.Name)) errors.Add(T["A source needs a name: attribution shows it."]);
        else if (rules.Name.Trim().Length > 200) errors.Add(T["A source's name can be at most 200 characters long."]);
        if (rules.ExcerptLength is < 50 or > 5000) errors.Add(T["The summary length must be between 50 and 5000 characters."]);
        if (rules.PollMinutes is < 1 or > 1440) errors.Add(T["Fetch every 1 to 1440 minutes."]);
        if (rules.MaxAgeDays is < 1) errors.Add(T["The age limit must be at least one day, or empty for none."]);
        if (rules.IncludeWords.Length > 4000 || rules.ExcludeWords.Length > 4000) errors.Add(T["A word list can be at most 4000 characters long."]);
        if (rules.Category?.Trim().Length > 200) errors.Add(T["A category name can be at most 200 characters long."]);
        if (rules.Tags.Length > 1000) errors.Add(T["The tags can be at most 1000 characters long."]);
        return errors;
    }
}

/// <summary>Stops following a source of the current site; its log goes, the posts it made stay.</summary>
public sealed class DeleteSourceHandler(FolioDbContext db)
{
    public async Task<bool> HandleAsync(long sourceId, CancellationToken cancellationToken = default) =>
        await db.Sources.Where(s => s.Id == sourceId).ExecuteDeleteAsync(cancellationToken) > 0;
}
