using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Folio.Features.Admin;

public static class AdminFeature
{
    public static IServiceCollection AddAdminFeature(this IServiceCollection services)
    {
        services.AddScoped<AdminPostQueries>();
        services.AddScoped<EditPostHandler>();
        services.AddScoped<DashboardAttention>();
        // After AddRazorPages: its own options setup replaces the conventions collection.
        services.AddRazorPages().AddRazorPagesOptions(options =>
        {
            options.Conventions.AddPageRoute("/Admin/PostList", "admin/pages/");
            options.Conventions.AddPageRoute("/Admin/Editor", "admin/posts/new/");
        });
        return services;
    }
}
