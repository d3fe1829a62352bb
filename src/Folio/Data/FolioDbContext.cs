using System.Linq.Expressions;
using System.Reflection;
using Folio.Features.Comments;
using Folio.Features.Curation;
using Folio.Features.Follows;
using Folio.Features.Identity;
using Folio.Features.Identity.ApplicationPasswords;
using Folio.Features.Likes;
using Folio.Features.Mail;
using Folio.Features.Media;
using Folio.Features.Menus;
using Folio.Features.Notifications;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Features.Widgets;
using Folio.Features.WordPress;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace Folio.Data;

/// <summary>
/// The one model of Folio. Each database provider has a thin subclass that owns its
/// migrations; everything else lives here so the two never drift apart.
/// </summary>
/// <remarks>
/// Contexts are pooled (<see cref="DataRegistration"/>): an instance serves one scope after
/// another, so the site it acts for is not given to its constructor but set for each lease by
/// <see cref="ActFor"/> and forgotten when the lease ends.
/// </remarks>
public abstract class FolioDbContext(DbContextOptions options) : IdentityUserContext<Account, long>(options)
{
    /// <summary>The scope's site, read by the site filter on every query and save; null between leases.</summary>
    private CurrentSite? currentSite;

    public DbSet<Site> Sites => Set<Site>();
    public DbSet<SiteMember> SiteMembers => Set<SiteMember>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<PostCategory> PostCategories => Set<PostCategory>();
    public DbSet<PostTag> PostTags => Set<PostTag>();
    public DbSet<PostRevision> PostRevisions => Set<PostRevision>();
    public DbSet<PostCustomField> PostCustomFields => Set<PostCustomField>();
    public DbSet<MediaItem> Media => Set<MediaItem>();
    public DbSet<SiteInvitation> SiteInvitations => Set<SiteInvitation>();
    public DbSet<UsedLoginTicket> UsedLoginTickets => Set<UsedLoginTicket>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<OutboxMessage> MailOutbox => Set<OutboxMessage>();
    public DbSet<CommentSubscription> CommentSubscriptions => Set<CommentSubscription>();
    public DbSet<CommentDraft> CommentDrafts => Set<CommentDraft>();
    public DbSet<Follower> Followers => Set<Follower>();
    public DbSet<PostLike> PostLikes => Set<PostLike>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<ExternalIdentity> ExternalIdentities => Set<ExternalIdentity>();
    public DbSet<ApplicationPassword> ApplicationPasswords => Set<ApplicationPassword>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<SourceItem> SourceItems => Set<SourceItem>();
    public DbSet<CuratedOriginal> CuratedOriginals => Set<CuratedOriginal>();
    public DbSet<ImportedAuthor> ImportedAuthors => Set<ImportedAuthor>();
    public DbSet<SiteMenu> Menus => Set<SiteMenu>();
    public DbSet<MenuItem> MenuItems => Set<MenuItem>();
    public DbSet<PostOldPath> PostOldPaths => Set<PostOldPath>();
    public DbSet<SiteWidget> SiteWidgets => Set<SiteWidget>();
    public DbSet<SiteViewer> SiteViewers => Set<SiteViewer>();

    /// <summary>The site whose rows queries may see; 0 (no site) matches nothing.</summary>
    private long CurrentSiteId => currentSite?.Site?.Id ?? 0;

    /// <summary>Acts for the scope's site, as that scope's <see cref="CurrentSite"/> says now and later (a batch may switch it).</summary>
    internal void ActFor(CurrentSite site) => currentSite = site;

    // Disposing a pooled context ends its lease: it must not keep the last scope's site for the next one.
    public override void Dispose()
    {
        currentSite = null;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        currentSite = null;
        return base.DisposeAsync();
    }

    private static readonly PropertyInfo CurrentSiteIdProperty =
        typeof(FolioDbContext).GetProperty(nameof(CurrentSiteId), BindingFlags.NonPublic | BindingFlags.Instance)!;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FolioDbContext).Assembly);
        // OpenIddict's client keeps its state tokens here, so that each is spent once (WebProviderLogins);
        // its tables are named like Folio's own.
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("openiddict_applications");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("openiddict_authorizations");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("openiddict_scopes");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("openiddict_tokens");
        RestrictSiteOwnedRowsToCurrentSite(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as words: readable in both databases and safe against reordering members.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampAndGuardSiteOwnedRows();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampAndGuardSiteOwnedRows();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The name of the filter that keeps every query on site-owned rows to the current site (lifted only by <see cref="CrossSiteReads"/>).</summary>
    public const string TenancyFilter = "Tenancy";

    private void RestrictSiteOwnedRowsToCurrentSite(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (!typeof(ISiteOwned).IsAssignableFrom(entityType.ClrType)) continue;
            var row = Expression.Parameter(entityType.ClrType, "row");
            var sameSite = Expression.Equal(
                Expression.Property(row, nameof(ISiteOwned.SiteId)),
                Expression.Property(Expression.Constant(this, typeof(FolioDbContext)), CurrentSiteIdProperty));
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(TenancyFilter, Expression.Lambda(sameSite, row));
        }
    }

    /// <summary>
    /// New rows take the current site; a write to another site's row is a bug, so it throws
    /// rather than saving.
    /// </summary>
    private void StampAndGuardSiteOwnedRows()
    {
        foreach (var entry in ChangeTracker.Entries<ISiteOwned>())
        {
            if (entry.State == EntityState.Unchanged || entry.State == EntityState.Detached) continue;
            if (entry.State == EntityState.Added && entry.Entity.SiteId == 0)
                entry.Entity.SiteId = CurrentSiteId;
            if (entry.Entity.SiteId == 0 || entry.Entity.SiteId != CurrentSiteId)
                throw new InvalidOperationException(
                    $"Refused to save a {entry.Metadata.ClrType.Name} of site {entry.Entity.SiteId} while acting for site {CurrentSiteId}.");
        }
    }
}
