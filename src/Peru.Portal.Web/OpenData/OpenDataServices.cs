namespace Peru.Portal.Web.OpenData;

public static class OpenDataServices
{
    public static IServiceCollection AddOpenData(this IServiceCollection services) => services.AddScoped<OpenDataTables>();
}
