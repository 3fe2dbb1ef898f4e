namespace Peru.Portal.Web.OpenData.Iati;

/// <summary>
/// Who publishes the IATI file. The portal is not the system of record for the money it describes, so it reports as
/// a secondary reporter under its own organisation identifier, which whoever registers the file must set.
/// </summary>
public sealed class IatiOptions
{
    public const string Section = "Portal:Iati";

    public ReportingOrganisation ReportingOrg { get; set; } = new();
}

public sealed class ReportingOrganisation
{
    /// <summary>The organisation identifier (<c>{agency}-{number}</c>). The default names no real organisation: set it before the file is registered.</summary>
    public string Ref { get; set; } = "XX-PERU-PORTAL";

    /// <summary>The organisation's name, written as the reporting organisation's narrative.</summary>
    public string Name { get; set; } = "Peru.Portal";

    /// <summary>An IATI OrganisationType code; 90 is "Other".</summary>
    public string Type { get; set; } = "90";
}
