using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Folio.Features.Admin;

public static class AdminFeature
{
    public static IServiceCollection AddAdminFeature(this IServiceCollection services)
    {
        services.AddScoped<AdminPostQueries>();
        // After AddRazorPages: its own options setup replaces the conventions collection.
        services.AddRazorPages().AddRazorPagesOptions(options => options.Conventions.AddPageRoute("/Admin/PostList", "admin/pages/"));
        return services;
    }
}
