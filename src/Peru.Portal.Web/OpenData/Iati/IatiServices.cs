using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.OpenData.Iati;

public static class IatiServices
{
    public static IServiceCollection AddPortalIati(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IatiOptions>().Bind(configuration.GetSection(IatiOptions.Section))
            .Validate(o => IatiActivities.IsOrganisationIdentifier(o.ReportingOrg.Ref), $"{IatiOptions.Section}:ReportingOrg:Ref must be an IATI organisation identifier ({{agency}}-{{number}}, as in XM-DAC-1)")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ReportingOrg.Name), $"{IatiOptions.Section}:ReportingOrg:Name must name the reporting organisation")
            .Validate(o => o.ReportingOrg.Type.Length > 0 && o.ReportingOrg.Type.All(char.IsAsciiDigit), $"{IatiOptions.Section}:ReportingOrg:Type must be an IATI organisation type code (as in 90)")
            .ValidateOnStart();
        services.AddScoped<ActivityRepository>();
        return services;
    }
}
